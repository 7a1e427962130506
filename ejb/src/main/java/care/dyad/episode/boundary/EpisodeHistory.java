package care.dyad.episode.boundary;

import java.time.Instant;
import java.util.List;

/** What happened to an episode: its lifecycle steps, diagnoses and dose extensions. */
public record EpisodeHistory(
    List<Step> transitions, List<DiagnosisEntry> diagnoses, List<Extension> doseExtensions) {

  public record Step(String from, String to, String reason, Instant at, String by) {}

  public record DiagnosisEntry(String code, String verification, Instant at, String by) {}

  public record Extension(int sessions, String justification, Instant at, String by) {}
}
