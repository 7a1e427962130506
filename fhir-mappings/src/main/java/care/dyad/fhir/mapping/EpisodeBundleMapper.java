package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.ScoreExport;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Everything a payer receives about one episode, as a collection Bundle: the child, the caregiver,
 * the diagnosis and the episode first (always, in that order), then whichever of the centre, the
 * payer with the child's coverage, the care plan and the attended sessions the export holds, then
 * the scores.
 */
public final class EpisodeBundleMapper {

  // Database order is not stable; sorting keeps a re-export byte-identical.
  private static final Comparator<ScoreExport> SCORE_ORDER =
      Comparator.comparing(ScoreExport::effective).thenComparing(ScoreExport::id);

  private EpisodeBundleMapper() {}

  /**
   * @param baseUrl absolute FHIR base the entries' fullUrls are built on, e.g. {@code
   *     https://host/dyadcare/fhir}; a trailing slash is ignored
   * @param timestamp when the bundle was assembled; passed in so that mapping stays pure
   */
  public static Bundle map(EpisodeExport episode, String baseUrl, Instant timestamp) {
    Objects.requireNonNull(episode, "episode is required");
    Objects.requireNonNull(timestamp, "timestamp is required");
    String base = base(baseUrl);
    Bundle bundle = new Bundle();
    bundle.setType(BundleType.COLLECTION);
    bundle.getIdentifier().setSystem(Systems.BUNDLE_ID).setValue("episode-" + episode.episodeId());
    bundle.setTimestampElement(Datatypes.instant(timestamp));
    add(bundle, base, PatientMapper.map(episode));
    add(bundle, base, RelatedPersonMapper.map(episode));
    add(bundle, base, ConditionMapper.map(episode));
    add(bundle, base, EpisodeOfCareMapper.map(episode));
    if (episode.centre() != null) {
      add(bundle, base, OrganizationMapper.map(episode.centre()));
    }
    if (episode.payer() != null) {
      add(bundle, base, OrganizationMapper.map(episode.payer()));
      add(bundle, base, CoverageMapper.map(episode));
    }
    if (episode.carePlan() != null) {
      add(bundle, base, CarePlanMapper.map(episode));
    }
    episode.sessions().stream()
        .sorted(EncounterMapper.SESSION_ORDER)
        .forEach(session -> add(bundle, base, EncounterMapper.map(episode, session)));
    episode.scores().stream()
        .sorted(SCORE_ORDER)
        .forEach(score -> add(bundle, base, ObservationMapper.map(episode, score)));
    return bundle;
  }

  private static void add(Bundle bundle, String base, Resource resource) {
    String fullUrl = base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
  }

  private static String base(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl is required");
    if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
    }
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
