package care.dyad.web.fhir;

import care.dyad.export.boundary.BulkExports;
import care.dyad.export.entity.BulkExportStatus;
import care.dyad.fhir.OperationOutcomes;
import care.dyad.shared.DomainException;
import care.dyad.web.json.JsonP;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * FHIR Bulk Data Access for payers, async pattern: kick-off ({@code $export}, system level or for
 * the payer's group), status polling, NDJSON files, and cancellation.
 */
@Path("")
@Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
public class BulkExportResource {

  private static final Set<String> NDJSON_FORMATS =
      Set.of(FhirMediaTypes.FHIR_NDJSON, "application/ndjson", "ndjson");

  /** Kick-off parameters of the Bulk Data specification that this server does not implement. */
  private static final List<String> UNSUPPORTED =
      List.of("_typeFilter", "_elements", "patient", "includeAssociatedData");

  @Inject BulkExports exports;
  @Context UriInfo uri;

  /** {@code GET /fhir/$export}: everything of the caller's covered, consented members. */
  @GET
  @Path("{operation: \\$export}")
  public Response exportAll(
      @HeaderParam("Prefer") String prefer,
      @QueryParam("_type") String types,
      @QueryParam("_since") String since,
      @QueryParam("_outputFormat") String outputFormat) {
    return kickOff(null, prefer, types, since, outputFormat);
  }

  /** {@code GET /fhir/Group/{payer}/$export}: the payer's group; its id is the payer's id. */
  @GET
  @Path("Group/{id}/{operation: \\$export}")
  public Response exportGroup(
      @PathParam("id") String groupId,
      @HeaderParam("Prefer") String prefer,
      @QueryParam("_type") String types,
      @QueryParam("_since") String since,
      @QueryParam("_outputFormat") String outputFormat) {
    return kickOff(groupId, prefer, types, since, outputFormat);
  }

  /** Polling: 202 with progress while running, then the manifest; expired or cancelled → 404. */
  @GET
  @Path("bulk-status/{id}")
  public Response status(@PathParam("id") UUID id) {
    var state = exports.state(id);
    var job = state.job();
    if (job.status() == BulkExportStatus.IN_PROGRESS) {
      return Response.accepted()
          .header("X-Progress", job.progress())
          .header("Retry-After", 2)
          .build();
    }
    if (job.status() == BulkExportStatus.FAILED) {
      return Response.serverError()
          .type(FhirMediaTypes.FHIR_JSON)
          .entity(OperationOutcomes.error(IssueType.EXCEPTION, job.error()))
          .build();
    }
    var output = JsonP.PROVIDER.createArrayBuilder();
    for (var file : state.outputs()) {
      output.add(
          JsonP.PROVIDER
              .createObjectBuilder()
              .add("type", file.type())
              .add("url", job.fhirBase() + "/bulk-files/" + id + "/" + file.type() + ".ndjson")
              .add("count", file.count()));
    }
    var manifest =
        JsonP.PROVIDER
            .createObjectBuilder()
            .add("transactionTime", job.requestedAt().toString())
            .add("request", job.requestUrl())
            .add("requiresAccessToken", true)
            .add("output", output)
            .add("error", JsonP.PROVIDER.createArrayBuilder())
            .build();
    return Response.ok(manifest.toString(), MediaType.APPLICATION_JSON)
        .header(
            "Expires",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(job.expiresAt().atOffset(ZoneOffset.UTC)))
        .build();
  }

  /** Cancels a running export or deletes a finished one's files. */
  @DELETE
  @Path("bulk-status/{id}")
  public Response cancel(@PathParam("id") UUID id) {
    exports.cancel(id);
    return Response.accepted().build();
  }

  /** One NDJSON file, streamed from disk. */
  @GET
  @Path("bulk-files/{id}/{type}.ndjson")
  // JSON too, so a client asking for JSON still gets the file, or its refusal as JSON.
  @Produces({FhirMediaTypes.FHIR_NDJSON, FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
  public Response file(@PathParam("id") UUID id, @PathParam("type") String type) {
    var path = exports.file(id, type);
    StreamingOutput body = out -> Files.copy(path, out);
    return Response.ok(body, FhirMediaTypes.FHIR_NDJSON).build();
  }

  private Response kickOff(
      String groupId, String prefer, String types, String since, String outputFormat) {
    refuseUnsupported(prefer);
    var job =
        exports.kickOff(
            new BulkExports.KickOff(
                prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async"),
                outputFormat == null || NDJSON_FORMATS.contains(outputFormat)),
            groupId,
            typesOf(types),
            since,
            uri.getRequestUri().toString(),
            FhirBase.of(uri));
    return Response.accepted()
        .header("Content-Location", FhirBase.of(uri) + "/bulk-status/" + job)
        .build();
  }

  /**
   * Bulk Data: a kick-off parameter the server does not support is an error, unless the client
   * asked for lenient handling, in which case it is ignored.
   */
  private void refuseUnsupported(String prefer) {
    if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("handling=lenient")) {
      return;
    }
    for (var name : UNSUPPORTED) {
      if (uri.getQueryParameters().containsKey(name)) {
        throw DomainException.invalid(
            name,
            name
                + " is not supported by this server; leave it out, or send Prefer:"
                + " handling=lenient to have it ignored.");
      }
    }
  }

  private static List<String> typesOf(String types) {
    if (types == null || types.isBlank()) {
      return List.of();
    }
    return Arrays.stream(types.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }
}
