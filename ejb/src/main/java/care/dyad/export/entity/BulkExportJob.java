package care.dyad.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One payer's FHIR Bulk Data export (async pattern): what was asked, how far it got, and until when
 * its files may be downloaded. The NDJSON files themselves are on disk ({@code ExportFiles}).
 */
@Entity
@Table(name = "bulk_export_job")
public class BulkExportJob {

  @Id private UUID id;

  @Column(name = "payer_id", nullable = false, updatable = false)
  private String payerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BulkExportStatus status;

  /** Comma-separated FHIR resource types. */
  @Column(name = "resource_types", nullable = false, updatable = false)
  private String resourceTypes;

  @Column(name = "since_at", updatable = false)
  private Instant since;

  @Column(name = "request_url", nullable = false, updatable = false)
  private String requestUrl;

  @Column(name = "fhir_base", nullable = false, updatable = false)
  private String fhirBase;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "episodes_total", nullable = false)
  private int episodesTotal;

  @Column(name = "episodes_done", nullable = false)
  private int episodesDone;

  @Column(name = "last_episode_id")
  private UUID lastEpisodeId;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  /** Resources written per type, as {@code Patient=12,Observation=140}. */
  @Column(name = "output_counts", nullable = false)
  private String outputCounts;

  @Column(name = "error")
  private String error;

  protected BulkExportJob() {}

  public static BulkExportJob start(
      String payerId,
      List<String> resourceTypes,
      Instant since,
      String requestUrl,
      String fhirBase,
      int episodesTotal,
      Instant now) {
    var job = new BulkExportJob();
    job.id = UUID.randomUUID();
    job.payerId = payerId;
    job.status = BulkExportStatus.IN_PROGRESS;
    job.resourceTypes = String.join(",", resourceTypes);
    job.since = since;
    job.requestUrl = requestUrl;
    job.fhirBase = fhirBase;
    job.requestedAt = now;
    job.episodesTotal = episodesTotal;
    job.outputCounts = "";
    return job;
  }

  /** One more page written; the next starts after {@code lastEpisode}. */
  public void advanced(int episodes, UUID lastEpisode, Map<String, Integer> written) {
    episodesDone += episodes;
    lastEpisodeId = lastEpisode;
    var counts = outputCounts();
    written.forEach((type, n) -> counts.merge(type, n, Integer::sum));
    outputCounts =
        counts.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
  }

  /** Resources written so far, per type, in type order. */
  public Map<String, Integer> outputCounts() {
    var counts = new TreeMap<String, Integer>();
    if (!outputCounts.isEmpty()) {
      for (var pair : outputCounts.split(",")) {
        var parts = pair.split("=");
        counts.put(parts[0], Integer.parseInt(parts[1]));
      }
    }
    return counts;
  }

  /** Starts over, e.g. after the server stopped mid-export and its partial files were removed. */
  public void restart() {
    episodesDone = 0;
    lastEpisodeId = null;
    outputCounts = "";
  }

  public void complete(Instant now, Duration keepFilesFor) {
    status = BulkExportStatus.COMPLETED;
    finishedAt = now;
    expiresAt = now.plus(keepFilesFor);
  }

  /** A failure in our own words; never a message that could quote clinical data. */
  public void fail(String reason, Instant now, Duration keepFor) {
    status = BulkExportStatus.FAILED;
    error = reason;
    finishedAt = now;
    expiresAt = now.plus(keepFor);
  }

  public void cancel(Instant now) {
    status = BulkExportStatus.CANCELLED;
    finishedAt = now;
    expiresAt = now;
  }

  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** Progress for the {@code X-Progress} header. */
  public String progress() {
    var percent = episodesTotal == 0 ? 100 : Math.min(100, episodesDone * 100 / episodesTotal);
    return percent + "% (" + episodesDone + " of " + episodesTotal + " episodes)";
  }

  public UUID id() {
    return id;
  }

  public String payerId() {
    return payerId;
  }

  public BulkExportStatus status() {
    return status;
  }

  public List<String> resourceTypes() {
    return Arrays.asList(resourceTypes.split(","));
  }

  public Instant since() {
    return since;
  }

  public String requestUrl() {
    return requestUrl;
  }

  public String fhirBase() {
    return fhirBase;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public UUID lastEpisodeId() {
    return lastEpisodeId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String error() {
    return error;
  }
}
