package care.dyad.assessment.boundary;

import care.dyad.assessment.entity.Assessment;
import care.dyad.assessment.entity.AssessmentAmendment;
import care.dyad.audit.control.AuditedRecord;
import care.dyad.shared.Codes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded score, for clinicians: the current value (after any amendment) and the full amendment
 * history with the original.
 */
public record AssessmentView(
    UUID id,
    UUID episodeId,
    String instrumentCode,
    String timePoint,
    BigDecimal score,
    String category,
    Instant assessedAt,
    Instant recordedAt,
    String recordedBy,
    Value original,
    List<Amendment> amendments)
    implements AuditedRecord {

  /** A score as first recorded. */
  public record Value(BigDecimal score, String category) {}

  /** One correction, with its reason. */
  public record Amendment(
      BigDecimal score, String category, String reason, Instant amendedAt, String amendedBy) {}

  static AssessmentView of(Assessment a, List<AssessmentAmendment> amendments) {
    var latest = amendments.isEmpty() ? null : amendments.get(amendments.size() - 1);
    return new AssessmentView(
        a.id(),
        a.episodeId(),
        a.instrumentCode(),
        Codes.of(a.timePoint()),
        latest == null ? a.score() : latest.score(),
        latest == null ? a.category() : latest.category(),
        a.assessedAt(),
        a.recordedAt(),
        a.recordedBy(),
        new Value(a.score(), a.category()),
        amendments.stream()
            .map(
                m ->
                    new Amendment(
                        m.score(), m.category(), m.reason(), m.amendedAt(), m.amendedBy()))
            .toList());
  }

  @Override
  public String auditType() {
    return "assessment";
  }

  @Override
  public UUID auditId() {
    return id;
  }

  /** Unknown here; the audit trail falls back to the clinician's centres. */
  @Override
  public String auditCentreId() {
    return null;
  }

  @Override
  public UUID auditEpisodeId() {
    return episodeId;
  }
}
