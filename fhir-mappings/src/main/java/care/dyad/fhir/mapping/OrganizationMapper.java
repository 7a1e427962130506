package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.OrganizationExport;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Organization;

/**
 * A centre (healthcare provider) or a payer as an Organization: our id, the kind and, when known,
 * the organisation's name. No contact details, addresses or staff.
 */
public final class OrganizationMapper {

  private OrganizationMapper() {}

  public static Organization map(OrganizationExport source) {
    Organization organization = new Organization();
    organization.setId(source.fhirId());
    organization.addIdentifier().setSystem(system(source.kind())).setValue(source.id());
    organization.setActive(true);
    organization.addType(type(source.kind()));
    if (source.name() != null) {
      organization.setName(source.name());
    }
    return organization;
  }

  private static String system(OrganizationExport.Kind kind) {
    return switch (kind) {
      case CENTRE -> Systems.CENTRE_ID;
      case PAYER -> Systems.PAYER_ID;
    };
  }

  private static CodeableConcept type(OrganizationExport.Kind kind) {
    return switch (kind) {
      case CENTRE -> Datatypes.concept(Systems.ORGANIZATION_TYPE, "prov", "Healthcare Provider");
      case PAYER -> Datatypes.concept(Systems.ORGANIZATION_TYPE, "pay", "Payer");
    };
  }
}
