package care.dyad.export.control;

import ca.uhn.fhir.parser.IParser;
import care.dyad.export.entity.BulkExportJob;
import care.dyad.export.entity.BulkExportStatus;
import care.dyad.fhir.Fhir;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.mapping.EpisodeBundleMapper;
import care.dyad.fhir.mapping.OrganizationMapper;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Writes a bulk export one page of episodes at a time, each page in a transaction of its own that
 * holds the job's row lock (so two workers never write the same job) and records the progress.
 * Memory holds one page, whatever the number of episodes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportPages {

  /** Episodes per page: some 5,600 resources; bigger pages buy little and cost heap. */
  static final int PAGE = 200;

  static final Duration KEEP_FILES = Duration.ofHours(1);

  @PersistenceContext EntityManager em;
  @Inject EpisodeExportQuery query;
  @Inject ExportFiles files;
  @Inject Disclosures disclosures;

  /** What belongs to the child or caregiver, not the episode: written once per export. */
  private static final Set<String> ONCE_PER_PERSON = Set.of("Patient", "RelatedPerson", "Coverage");

  /**
   * Writes the job's next page; false when nothing is left or the job is no longer running.
   *
   * @param written ids of the child- and caregiver-level resources written so far by this run (a
   *     child with two episodes is one Patient); the worker keeps it across pages
   */
  public boolean writeNext(UUID jobId, Set<String> written) {
    var job = em.find(BulkExportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || job.status() != BulkExportStatus.IN_PROGRESS) {
      return false;
    }
    var page = query.page(job.payerId(), job.lastEpisodeId(), PAGE, job.since());
    if (page.isEmpty()) {
      return false;
    }
    var wanted = Set.copyOf(job.resourceTypes());
    // Mapping and encoding are pure CPU work on plain records: the page's episodes are encoded on
    // both cores while the file writes below stay sequential and in order.
    var encoded =
        page.parallelStream()
            .map(episode -> encode(episode, job.fhirBase(), job.requestedAt(), wanted))
            .toList();
    var writers = new HashMap<String, BufferedWriter>();
    var counts = new HashMap<String, Integer>();
    var given = new ArrayList<EpisodeExport>();
    try {
      for (int i = 0; i < page.size(); i++) {
        var lines = encoded.get(i);
        var wroteAny = false;
        for (var line : lines) {
          if (ONCE_PER_PERSON.contains(line.type())
              && !written.add(line.type() + "/" + line.id())) {
            continue;
          }
          var writer = writers.computeIfAbsent(line.type(), t -> files.appender(jobId, t));
          writer.write(line.json());
          writer.write('\n');
          counts.merge(line.type(), 1, Integer::sum);
          wroteAny = true;
        }
        if (wroteAny) {
          given.add(page.get(i));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeAll(writers.values());
    }
    disclosures.recordForBulkExport(job.payerId(), given);
    job.advanced(page.size(), UUID.fromString(page.get(page.size() - 1).episodeId()), counts);
    return page.size() == PAGE;
  }

  /** One NDJSON line to be written: the resource's type and id, and its JSON. */
  private record Line(String type, String id, String json) {}

  /** An episode's wanted resources as JSON (Organizations excepted: the last page writes those). */
  private static List<Line> encode(
      EpisodeExport episode, String fhirBase, Instant at, Set<String> wanted) {
    var parser = Fhir.context().newJsonParser();
    var lines = new ArrayList<Line>();
    for (var entry : EpisodeBundleMapper.map(episode, fhirBase, at).getEntry()) {
      var resource = entry.getResource();
      var type = resource.fhirType();
      if (wanted.contains(type) && !"Organization".equals(type)) {
        lines.add(
            new Line(
                type,
                resource.getIdElement().getIdPart(),
                parser.encodeResourceToString(resource)));
      }
    }
    return lines;
  }

  /** Writes the organisations (the payer and the centres treating its members) and completes. */
  public void finish(UUID jobId) {
    var job = em.find(BulkExportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || job.status() != BulkExportStatus.IN_PROGRESS) {
      return;
    }
    if (job.resourceTypes().contains("Organization")) {
      var organizations = query.organizations(job.payerId());
      var parser = Fhir.context().newJsonParser();
      try (var writer = files.appender(jobId, "Organization")) {
        for (var organization : organizations) {
          writeLine(parser, OrganizationMapper.map(organization), writer);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      job.advanced(0, job.lastEpisodeId(), Map.of("Organization", organizations.size()));
    }
    job.complete(Instant.now(), KEEP_FILES);
  }

  /** Marks the job failed, in our own words (an exception's message may quote data). */
  public void fail(UUID jobId, Throwable cause) {
    var job = em.find(BulkExportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job != null && job.status() == BulkExportStatus.IN_PROGRESS) {
      job.fail(
          "The export stopped with an internal error (" + cause.getClass().getSimpleName() + ").",
          Instant.now(),
          KEEP_FILES);
    }
  }

  private static void writeLine(IParser parser, IBaseResource resource, BufferedWriter writer) {
    try {
      // To a string first: HAPI's JSON writer flushes after every field, which would turn each
      // resource into ~20 write system calls on the file.
      writer.write(parser.encodeResourceToString(resource));
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeAll(Iterable<BufferedWriter> writers) {
    for (var writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
