package care.dyad.export.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.export.control.BulkExportRequested;
import care.dyad.export.control.EpisodeExportQuery;
import care.dyad.export.control.ExportFiles;
import care.dyad.export.entity.BulkExportJob;
import care.dyad.export.entity.BulkExportStatus;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * FHIR Bulk Data export for payers (async pattern): kick-off, status, files and cancellation, each
 * only for the calling payer's own exports, which hold only its covered, consented members.
 */
@Stateless
@RolesAllowed(Roles.PAYER)
public class BulkExports {

  /** What a payer can export, in the order of the manifest: what it can read. */
  public static final List<String> RESOURCE_TYPES = PayerReads.TYPES;

  @Inject CurrentCaller caller;
  @Inject Event<BulkExportRequested.Job> requested;
  @Inject ExportFiles files;
  @Inject EpisodeExportQuery exports;
  @PersistenceContext EntityManager em;

  /**
   * What the kick-off request said about the protocol, checked here, after the caller's role.
   *
   * @param respondAsync whether it asked {@code Prefer: respond-async}
   * @param ndjson whether the {@code _outputFormat}, if any, is NDJSON
   */
  public record KickOff(boolean respondAsync, boolean ndjson) {}

  /** The state of an export as the status endpoint reports it. */
  public record ExportState(BulkExportJob job, List<Output> outputs) {}

  /** One NDJSON file of a completed export. */
  public record Output(String type, long count) {}

  /**
   * Starts an export of the caller's data and answers its id.
   *
   * @param sinceParameter {@code _since} as given, or null
   * @param groupId the payer group named in {@code Group/{id}/$export}, or null for the system
   *     level export; either way only the caller's own members are exported
   * @param types the requested {@code _type}s, empty for all
   */
  @Audited(action = "export.bulk-kick-off")
  public UUID kickOff(
      KickOff protocol,
      String groupId,
      List<String> types,
      String sinceParameter,
      String requestUrl,
      String fhirBase) {
    if (!protocol.respondAsync()) {
      throw DomainException.invalid(
          "Prefer", "Bulk export is asynchronous only: send the header 'Prefer: respond-async'.");
    }
    if (!protocol.ndjson()) {
      throw DomainException.invalid(
          "_outputFormat", "_outputFormat must be application/fhir+ndjson (the only format).");
    }
    // The columns that keep them for the status answer.
    if (requestUrl.length() > 2000) {
      throw DomainException.invalid(
          "request", "The export request's address is longer than 2,000 characters; shorten it.");
    }
    if (fhirBase.length() > 500) {
      throw DomainException.invalid(
          "Host", "The server's address as the request names it is longer than 500 characters.");
    }
    var since = instantOf(sinceParameter);
    var payerId = caller.get().payerId();
    if (payerId == null || (groupId != null && !groupId.equals(payerId))) {
      throw DomainException.notFound("Group", groupId);
    }
    var unknown = types.stream().filter(t -> !RESOURCE_TYPES.contains(t)).toList();
    if (!unknown.isEmpty()) {
      throw DomainException.invalid(
          "_type",
          "_type holds unsupported types "
              + unknown
              + "; supported: "
              + String.join(",", RESOURCE_TYPES)
              + ".");
    }
    var selected =
        types.isEmpty()
            ? RESOURCE_TYPES
            : RESOURCE_TYPES.stream().filter(new LinkedHashSet<>(types)::contains).toList();
    var job =
        BulkExportJob.start(
            payerId,
            selected,
            since,
            requestUrl,
            fhirBase,
            exports.countConsented(payerId),
            Instant.now());
    em.persist(job);
    em.flush();
    requested.fire(new BulkExportRequested.Job(job.id()));
    return job.id();
  }

  /** The export's state; another payer's export, or an expired one, is not found. */
  public ExportState state(UUID jobId) {
    var job = own(jobId);
    var outputs = new ArrayList<Output>();
    if (job.status() == BulkExportStatus.COMPLETED) {
      job.outputCounts().entrySet().stream()
          .sorted(java.util.Comparator.comparing(e -> RESOURCE_TYPES.indexOf(e.getKey())))
          .forEach(e -> outputs.add(new Output(e.getKey(), e.getValue())));
    }
    return new ExportState(job, outputs);
  }

  /** Cancels a running export, or removes a finished one's files; both are then gone. */
  @Audited(action = "export.bulk-cancel")
  public void cancel(UUID jobId) {
    var job = own(jobId);
    job.cancel(Instant.now());
    files.delete(jobId);
  }

  /** One file of a completed export, for streaming to the payer. */
  @Audited(action = "export.bulk-file")
  public Path file(UUID jobId, String type) {
    var job = own(jobId);
    // Only the names the export writes: a decoded path parameter could otherwise climb out of the
    // job's folder.
    if (!RESOURCE_TYPES.contains(type)) {
      throw DomainException.notFound("Export file", jobId + "/" + type + ".ndjson");
    }
    var path = files.file(jobId, type);
    if (job.status() != BulkExportStatus.COMPLETED || !Files.exists(path)) {
      throw DomainException.notFound("Export file", jobId + "/" + type + ".ndjson");
    }
    return path;
  }

  private BulkExportJob own(UUID jobId) {
    var job = em.find(BulkExportJob.class, jobId);
    if (job == null
        || !job.payerId().equals(caller.get().payerId())
        || job.status() == BulkExportStatus.CANCELLED
        || job.expiredAt(Instant.now())) {
      throw DomainException.notFound("Bulk export", jobId);
    }
    return job;
  }

  private static Instant instantOf(String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(since.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "_since", "_since must be a FHIR instant such as 2026-01-31T00:00:00Z.");
    }
  }
}
