package care.dyad.assessment.boundary;

import care.dyad.assessment.entity.Assessment;
import care.dyad.shared.Codes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A recorded score, for clinicians. */
public record AssessmentView(
    UUID id,
    UUID episodeId,
    String instrumentCode,
    String timePoint,
    BigDecimal score,
    String category,
    Instant assessedAt,
    Instant recordedAt,
    String recordedBy) {

  static AssessmentView of(Assessment a) {
    return new AssessmentView(
        a.id(),
        a.episodeId(),
        a.instrumentCode(),
        Codes.of(a.timePoint()),
        a.score(),
        a.category(),
        a.assessedAt(),
        a.recordedAt(),
        a.recordedBy());
  }
}
