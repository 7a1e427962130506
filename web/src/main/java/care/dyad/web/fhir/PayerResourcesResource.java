package care.dyad.web.fhir;

import care.dyad.export.boundary.PayerExports;
import care.dyad.export.boundary.PayerReads;
import care.dyad.export.boundary.PayerReads.Cursor;
import care.dyad.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Resource;

/**
 * Read and search of what a payer may see: {@code GET /fhir/{type}/{id}} and {@code GET
 * /fhir/{type}?patient=&_lastUpdated=ge…&_count=}, with a {@code next} link while more remain; and
 * the payer's Group of covered members.
 */
@Path("")
@Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
public class PayerResourcesResource {

  private static final String TYPES =
      "Patient|RelatedPerson|Coverage|Organization|Condition|EpisodeOfCare|CarePlan|Encounter"
          + "|Observation";

  @Inject PayerReads reads;
  @Inject PayerExports exports;
  @Context UriInfo uri;

  /** {@code GET /fhir/EpisodeOfCare/{id}/$outcome-bundle}: the episode's complete outcome data. */
  @GET
  @Path("EpisodeOfCare/{id}/{operation: \\$outcome-bundle}")
  public Bundle outcomeBundle(@PathParam("id") UUID id) {
    return exports.episodeBundle(id, FhirBase.of(uri));
  }

  @GET
  @Path("{type: " + TYPES + "}/{id}")
  public Resource read(@PathParam("type") String type, @PathParam("id") String id) {
    return reads.read(type, id, FhirBase.of(uri));
  }

  @GET
  @Path("{type: " + TYPES + "}")
  public Bundle search(
      @PathParam("type") String type,
      @QueryParam("patient") String patient,
      @QueryParam("_lastUpdated") String lastUpdated,
      @QueryParam("_count") String count,
      @QueryParam("_cursor") String cursor) {
    var size = count == null || count.isBlank() ? 50 : parseCount(count);
    var page =
        reads.search(
            type,
            patient,
            since(lastUpdated),
            size,
            cursor == null || cursor.isBlank() ? null : Cursor.parse(cursor),
            FhirBase.of(uri));
    var base = FhirBase.of(uri);
    var bundle = new Bundle().setType(BundleType.SEARCHSET);
    bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
    if (page.next() != null) {
      bundle
          .addLink()
          .setRelation("next")
          .setUrl(
              uri.getRequestUriBuilder()
                  .replaceQueryParam("_cursor", page.next().toString())
                  .build()
                  .toString());
    }
    for (var resource : page.resources()) {
      bundle
          .addEntry()
          .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
          .setResource(resource)
          .getSearch()
          .setMode(SearchEntryMode.MATCH);
    }
    return bundle;
  }

  /** The payer's summary for a period: {@code periodStart} and {@code periodEnd} as dates. */
  @GET
  @Path("Measure/payer-summary/{operation: \\$evaluate-measure}")
  public MeasureReport payerSummary(
      @QueryParam("periodStart") String periodStart, @QueryParam("periodEnd") String periodEnd) {
    return reads.summary(date(periodStart, "periodStart"), date(periodEnd, "periodEnd"));
  }

  /** A programme's PlanDefinition, the canonical that CarePlans instantiate. */
  @GET
  @Path("PlanDefinition/{code}")
  public PlanDefinition planDefinition(@PathParam("code") String code) {
    return reads.planDefinition(code);
  }

  private static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(name, name + " must be a date such as 2026-01-31.");
    }
  }

  /** The payer's group of covered members with consent; its id is the payer's id. */
  @GET
  @Path("Group/{id}")
  public Group group(@PathParam("id") String id) {
    return reads.group(id);
  }

  private static int parseCount(String count) {
    try {
      return Integer.parseInt(count.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("_count", "_count must be a whole number between 1 and 200.");
    }
  }

  /** {@code _lastUpdated=ge<instant or date>} (or {@code gt}): what changed since then. */
  private static Instant since(String lastUpdated) {
    if (lastUpdated == null || lastUpdated.isBlank()) {
      return null;
    }
    var value = lastUpdated.trim();
    if (!value.startsWith("ge") && !value.startsWith("gt")) {
      throw DomainException.invalid(
          "_lastUpdated", "_lastUpdated supports ge and gt only, e.g. _lastUpdated=ge2026-01-01.");
    }
    var moment = value.substring(2);
    try {
      return moment.length() == 10
          ? LocalDate.parse(moment).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(moment).toInstant();
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "_lastUpdated", "_lastUpdated needs a date or instant, e.g. ge2026-01-31T00:00:00Z.");
    }
  }
}
