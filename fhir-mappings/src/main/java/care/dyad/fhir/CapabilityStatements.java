package care.dyad.fhir;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ResourceType;

/** The CapabilityStatement our FHIR endpoint serves at {@code /metadata}. */
public final class CapabilityStatements {

  /**
   * When the statement's content last changed. Fixed rather than "now" so that the statement is
   * reproducible; bump it whenever {@link #server} changes what it declares.
   */
  public static final String PUBLISHED = "2026-12-02";

  /**
   * The resource types a payer can read and search; each is part of an episode's outcome bundle and
   * of the bulk export.
   */
  public static final List<ResourceType> READABLE =
      List.of(
          ResourceType.Patient,
          ResourceType.RelatedPerson,
          ResourceType.Coverage,
          ResourceType.Organization,
          ResourceType.Condition,
          ResourceType.EpisodeOfCare,
          ResourceType.CarePlan,
          ResourceType.Encounter,
          ResourceType.Observation);

  /** FHIR Bulk Data's export operation (system and group level). */
  public static final String BULK_EXPORT =
      "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export";

  public static final String GROUP_EXPORT =
      "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export";

  public static final String OUTCOME_BUNDLE = "outcome-bundle";

  private CapabilityStatements() {}

  /**
   * The statement for one running server.
   *
   * @param baseUrl the server's FHIR base, e.g. {@code https://host/dyadcare/fhir}
   * @param softwareVersion the deployed build, e.g. the project version
   */
  public static CapabilityStatement server(String baseUrl, String softwareVersion) {
    Objects.requireNonNull(baseUrl, "baseUrl is required");
    Objects.requireNonNull(softwareVersion, "softwareVersion is required");
    CapabilityStatement statement = new CapabilityStatement();
    statement.setName("DyadCarePayerServer");
    statement.setTitle("DyadCare FHIR server for payers");
    statement.setStatus(PublicationStatus.ACTIVE);
    statement.setDateElement(new DateTimeType(PUBLISHED));
    statement.setPublisher("DyadCare");
    statement.setKind(CapabilityStatementKind.INSTANCE);
    statement.getSoftware().setName("DyadCare").setVersion(softwareVersion);
    statement.getImplementation().setDescription("DyadCare payer export").setUrl(baseUrl);
    statement.setFhirVersion(FHIRVersion._4_0_1);
    statement.addFormat("json");
    statement.addRest(rest());
    return statement;
  }

  private static CapabilityStatementRestComponent rest() {
    CapabilityStatementRestComponent rest = new CapabilityStatementRestComponent();
    rest.setMode(RestfulCapabilityMode.SERVER);
    rest.getSecurity()
        .setDescription("Keycloak bearer tokens; payer role")
        .addService()
        .addCoding()
        .setSystem(Systems.RESTFUL_SECURITY_SERVICE)
        .setCode("SMART-on-FHIR")
        .setDisplay("SMART-on-FHIR");
    rest.addOperation().setName("export").setDefinition(BULK_EXPORT);
    for (ResourceType type : READABLE) {
      CapabilityStatementRestResourceComponent resource = rest.addResource();
      resource.setType(type.name());
      resource.addInteraction().setCode(TypeRestfulInteraction.READ);
      resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
      resource
          .addSearchParam()
          .setName("_lastUpdated")
          .setType(org.hl7.fhir.r4.model.Enumerations.SearchParamType.DATE)
          .setDocumentation("ge or gt only: resources of episodes with anything recorded since");
      resource
          .addSearchParam()
          .setName("_count")
          .setType(org.hl7.fhir.r4.model.Enumerations.SearchParamType.NUMBER)
          .setDocumentation("page size, 1-200 (default 50); further pages through the next link");
      if (type != ResourceType.Organization) {
        resource
            .addSearchParam()
            .setName("patient")
            .setType(org.hl7.fhir.r4.model.Enumerations.SearchParamType.REFERENCE)
            .setDocumentation("the child's Patient");
      }
      if (type == ResourceType.EpisodeOfCare) {
        resource
            .addOperation()
            .setName(OUTCOME_BUNDLE)
            .setDefinition(Systems.OUTCOME_BUNDLE_OPERATION);
      }
    }
    var group = rest.addResource().setType(ResourceType.Group.name());
    group.addInteraction().setCode(TypeRestfulInteraction.READ);
    group.addOperation().setName("export").setDefinition(GROUP_EXPORT);
    var subscription = rest.addResource().setType(ResourceType.Subscription.name());
    subscription.addInteraction().setCode(TypeRestfulInteraction.CREATE);
    subscription.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
    subscription.addInteraction().setCode(TypeRestfulInteraction.DELETE);
    return rest;
  }
}
