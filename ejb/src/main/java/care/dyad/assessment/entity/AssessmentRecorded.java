package care.dyad.assessment.entity;

import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the recording transaction) when a score is recorded, so contexts
 * above can follow: the export context queues the payer's delivery in the same transaction.
 *
 * @param timePoint {@code baseline}, {@code mid}, {@code end} or {@code follow-up}
 */
public record AssessmentRecorded(UUID episodeId, String timePoint) {

  public boolean baseline() {
    return "baseline".equals(timePoint);
  }
}
