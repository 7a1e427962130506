package care.dyad.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditOutcomeTest {

  @Test
  void eachRefusalStatusHasItsOutcome() {
    assertEquals(AuditOutcome.INVALID, AuditOutcome.ofStatus(400));
    assertEquals(AuditOutcome.INVALID, AuditOutcome.ofStatus(422));
    assertEquals(AuditOutcome.REFUSED, AuditOutcome.ofStatus(401));
    assertEquals(AuditOutcome.REFUSED, AuditOutcome.ofStatus(403));
    assertEquals(AuditOutcome.NOT_FOUND, AuditOutcome.ofStatus(404));
    assertEquals(AuditOutcome.CONFLICT, AuditOutcome.ofStatus(409));
    assertEquals(AuditOutcome.ERROR, AuditOutcome.ofStatus(500));
    assertEquals(AuditOutcome.ERROR, AuditOutcome.ofStatus(503));
  }

  @Test
  void otherClientMistakesAreInvalidAndAnswersBelow400AreSuccesses() {
    assertEquals(AuditOutcome.INVALID, AuditOutcome.ofStatus(405));
    assertEquals(AuditOutcome.INVALID, AuditOutcome.ofStatus(415));
    assertEquals(AuditOutcome.SUCCESS, AuditOutcome.ofStatus(200));
    assertEquals(AuditOutcome.SUCCESS, AuditOutcome.ofStatus(201));
  }
}
