package care.dyad.export.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.export.control.Disclosures;
import care.dyad.export.control.EpisodeExportQuery;
import care.dyad.export.control.PayerSummaryQuery;
import care.dyad.fhir.CapabilityStatements;
import care.dyad.fhir.export.DoseExport;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.OrganizationExport;
import care.dyad.fhir.export.ProgrammeExport;
import care.dyad.fhir.mapping.CoverageMapper;
import care.dyad.fhir.mapping.EpisodeBundleMapper;
import care.dyad.fhir.mapping.MeasureReportMapper;
import care.dyad.fhir.mapping.OrganizationMapper;
import care.dyad.fhir.mapping.PlanDefinitionMapper;
import care.dyad.programme.entity.Programme;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import care.dyad.staff.entity.PayerPartner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Resource;

/**
 * Read and search of the FHIR resources a payer may see, scoped in the queries to its covered,
 * consented members. Each resource comes from its episode's export, so a read, a search, a bundle
 * and a bulk file always say the same thing with the same ids.
 */
@Stateless
@RolesAllowed(Roles.PAYER)
public class PayerReads {

  /** The resource types a payer can read and search, as the CapabilityStatement declares. */
  public static final List<String> TYPES =
      CapabilityStatements.READABLE.stream().map(Enum::name).toList();

  /** Episodes per database page while a search fills its page of resources. */
  private static final int EPISODE_PAGE = 50;

  @Inject CurrentCaller caller;
  @Inject EpisodeExportQuery exports;
  @Inject PayerSummaryQuery summaries;
  @Inject Disclosures disclosures;
  @PersistenceContext EntityManager em;

  /**
   * Where a search page stopped: inside (or at the end of) an episode's resources of the type.
   *
   * @param skip how many of that episode's resources of the type the earlier pages returned
   */
  public record Cursor(UUID episodeId, int skip) {

    /** Reads {@code <episode id>.<skip>}, as written into next links. */
    public static Cursor parse(String text) {
      try {
        var dot = text.lastIndexOf('.');
        var skip = Integer.parseInt(text.substring(dot + 1));
        if (skip < 0) {
          throw new IllegalArgumentException("negative skip");
        }
        return new Cursor(UUID.fromString(text.substring(0, dot)), skip);
      } catch (RuntimeException e) {
        throw DomainException.invalid(
            "_cursor", "_cursor is not one this server wrote; start over.");
      }
    }

    @Override
    public String toString() {
      return episodeId + "." + skip;
    }
  }

  /** One page of search results, with where the next one starts (null at the end). */
  public record SearchPage(List<Resource> resources, Cursor next) {}

  @Audited(action = "export.read")
  public Resource read(String type, String id, String fhirBase) {
    var payerId = caller.get().payerId();
    if ("Organization".equals(type)) {
      return organizations(payerId).stream()
          .filter(o -> o.getIdElement().getIdPart().equals(id))
          .findFirst()
          .orElseThrow(() -> DomainException.notFound(type, id));
    }
    var episode =
        "Coverage".equals(type)
            ? coveredEpisode(payerId, id)
            : exports.episodeOf(payerId, type, id);
    var export = episode.flatMap(e -> exports.forPayer(e, payerId));
    var resource =
        export
            .flatMap(
                e ->
                    resourcesOf(e, type, fhirBase).stream()
                        .filter(r -> r.getIdElement().getIdPart().equals(id))
                        .findFirst())
            .orElseThrow(() -> DomainException.notFound(type, id));
    disclosures.record(List.of(export.get()));
    return resource;
  }

  /**
   * @param patientId the child's Patient id, or null for all members
   * @param since only episodes with anything recorded since then ({@code _lastUpdated=ge…})
   */
  @Audited(action = "export.search")
  public SearchPage search(
      String type, String patientId, Instant since, int count, Cursor after, String fhirBase) {
    if (count < 1 || count > 200) {
      throw DomainException.invalid("_count", "_count must be between 1 and 200.");
    }
    var given = new ArrayList<EpisodeExport>();
    var page = search(type, patientId, since, count, after, fhirBase, given);
    disclosures.record(given);
    return page;
  }

  /** The page, and in {@code given} the episodes it holds resources of. */
  private SearchPage search(
      String type,
      String patientId,
      Instant since,
      int count,
      Cursor after,
      String fhirBase,
      List<EpisodeExport> given) {
    var payerId = caller.get().payerId();
    if ("Organization".equals(type)) {
      return new SearchPage(organizations(payerId), null);
    }
    UUID child = null;
    if (patientId != null) {
      try {
        child = UUID.fromString(patientId.replaceFirst("^Patient/", ""));
      } catch (IllegalArgumentException e) {
        return new SearchPage(List.of(), null);
      }
    }
    var found = new ArrayList<Resource>();
    if (after != null) {
      var resumed = exports.forPayer(after.episodeId(), payerId);
      if (resumed.isPresent()) {
        var cursorResult = take(resumed.get(), type, fhirBase, after.skip(), count, found, given);
        if (cursorResult != null) {
          return new SearchPage(found, cursorResult);
        }
      }
    }
    var lastEpisode = after == null ? null : after.episodeId();
    while (true) {
      var page = exports.page(payerId, lastEpisode, EPISODE_PAGE, since, child);
      for (var episode : page) {
        var next = take(episode, type, fhirBase, 0, count, found, given);
        if (next != null) {
          return new SearchPage(found, next);
        }
      }
      if (page.size() < EPISODE_PAGE) {
        return new SearchPage(found, null);
      }
      lastEpisode = UUID.fromString(page.get(page.size() - 1).episodeId());
    }
  }

  /**
   * Adds the episode's resources of the type from {@code skip} on until the page is full; answers
   * the cursor when it filled up (possibly at this episode's end), else null.
   */
  private static Cursor take(
      EpisodeExport episode,
      String type,
      String fhirBase,
      int skip,
      int count,
      List<Resource> found,
      List<EpisodeExport> given) {
    var before = found.size();
    var next = take(episode, type, fhirBase, skip, count, found);
    if (found.size() > before) {
      given.add(episode);
    }
    return next;
  }

  private static Cursor take(
      EpisodeExport episode,
      String type,
      String fhirBase,
      int skip,
      int count,
      List<Resource> found) {
    var resources = resourcesOf(episode, type, fhirBase);
    for (int i = skip; i < resources.size(); i++) {
      var resource = resources.get(i);
      // A child with several episodes is one Patient: a page holds each resource once.
      if (found.stream()
          .anyMatch(
              r -> r.getIdElement().getIdPart().equals(resource.getIdElement().getIdPart()))) {
        continue;
      }
      found.add(resource);
      if (found.size() == count) {
        return new Cursor(UUID.fromString(episode.episodeId()), i + 1);
      }
    }
    return null;
  }

  private static List<Resource> resourcesOf(EpisodeExport episode, String type, String fhirBase) {
    return EpisodeBundleMapper.map(episode, fhirBase, Instant.now()).getEntry().stream()
        .map(e -> e.getResource())
        .filter(r -> r.fhirType().equals(type))
        .toList();
  }

  /**
   * The payer's group: its covered members with consent, as Patients. Its id is the payer's id;
   * another payer's group is not found.
   */
  @Audited(action = "export.group")
  public org.hl7.fhir.r4.model.Group group(String groupId) {
    var payerId = caller.get().payerId();
    if (!groupId.equals(payerId)) {
      throw DomainException.notFound("Group", groupId);
    }
    var payer = em.find(PayerPartner.class, payerId);
    var group = new org.hl7.fhir.r4.model.Group();
    group.setId(payerId);
    group.setType(org.hl7.fhir.r4.model.Group.GroupType.PERSON);
    group.setActual(true);
    group.setName("Covered members of " + payer.name() + " with consent to share outcomes");
    group
        .getManagingEntity()
        .setReference("Organization/" + OrganizationExport.payer(payerId, null).fhirId());
    exports.consentedChildren(payerId).stream()
        .sorted()
        .forEach(child -> group.addMember().getEntity().setReference("Patient/" + child));
    group.setQuantity(group.getMember().size());
    return group;
  }

  /**
   * The payer's summary for a period as a MeasureReport of the project's {@code payer-summary}
   * Measure: counts only, nothing about any one family.
   */
  @Audited(action = "export.payer-summary")
  public org.hl7.fhir.r4.model.MeasureReport summary(LocalDate start, LocalDate end) {
    if (start == null || end == null) {
      throw DomainException.invalid(
          "periodStart", "periodStart and periodEnd are required, e.g. 2026-01-01 and 2026-12-31.");
    }
    if (end.isBefore(start) || end.isAfter(start.plusYears(5))) {
      throw DomainException.invalid(
          "periodEnd", "periodEnd must be on or after periodStart, within five years of it.");
    }
    return MeasureReportMapper.map(summaries.summary(caller.get().payerId(), start, end));
  }

  /** A programme of the catalogue as the PlanDefinition that care plans instantiate. */
  @Audited(action = "export.plan-definition")
  public org.hl7.fhir.r4.model.PlanDefinition planDefinition(String code) {
    var programme = em.find(Programme.class, code);
    if (programme == null) {
      throw DomainException.notFound("PlanDefinition", code);
    }
    var dose = programme.dose();
    return PlanDefinitionMapper.map(
        new ProgrammeExport(
            programme.code(),
            programme.name(),
            new DoseExport(
                dose.plannedSessions(),
                dose.intervalMinDays(),
                dose.intervalMaxDays(),
                dose.sessionMinutes())));
  }

  /** The payer itself and the centres that treat its consented members. */
  private List<Resource> organizations(String payerId) {
    return exports.organizations(payerId).stream()
        .map(o -> (Resource) OrganizationMapper.map(o))
        .toList();
  }

  /** Coverage ids are derived from payer and child; find the child whose id it is. */
  private java.util.Optional<UUID> coveredEpisode(String payerId, String coverageId) {
    return exports.consentedChildren(payerId).stream()
        .filter(child -> CoverageMapper.id(payerId, child.toString()).equals(coverageId))
        .findFirst()
        .flatMap(child -> exports.episodeOf(payerId, "Patient", child.toString()));
  }
}
