package care.dyad.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.shared.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureTest {

  @Test
  void domainRefusalsKeepTheirMessageAndField() {
    var failure = Failure.of(DomainException.invalid("score", "score 12 is outside the range"));
    assertEquals(400, failure.status());
    assertEquals("score", failure.errors().get(0).field());
    assertEquals(404, Failure.of(DomainException.notFound("Episode", "x")).status());
    assertEquals(409, Failure.of(DomainException.conflict("taken")).status());
  }

  @Test
  void accessDeniedIsForbidden() {
    assertEquals(403, Failure.of(new EJBAccessException("WFLYEJB0364")).status());
  }

  @Test
  void uniqueViolationFoundDeepInTheChainIsAConflict() {
    var sql = new SQLException("duplicate key value (identifier)=(secret)", "23505");
    var failure = Failure.of(new EJBException(new PersistenceException("boom", sql)));
    assertEquals(409, failure.status());
    assertFalse(failure.detail().contains("secret"), "database messages never reach the answer");
  }

  @Test
  void unexpectedFailuresGiveAReferenceAndNoInternals() {
    var failure = Failure.of(new IllegalStateException("patient Robin Example broke it"));
    assertEquals(500, failure.status());
    assertTrue(failure.detail().contains("Reference"));
    assertFalse(failure.detail().contains("Robin"));
  }

  @Test
  void everyInvalidFieldIsNamedInOneReadableSentence() {
    var detail =
        Failure.detailOf(
            List.of(
                new Failure.FieldError("clinicianId", "clinicianId is required"),
                new Failure.FieldError("startsAt", "startsAt is required, e.g. 2026-12-01T10:00Z."),
                new Failure.FieldError("startsAt", "startsAt is required, e.g. 2026-12-01T10:00Z."),
                new Failure.FieldError("count", "must be greater than or equal to 1"),
                new Failure.FieldError("body", "a JSON request body is required")));
    assertEquals(
        "clinicianId is required; startsAt is required, e.g. 2026-12-01T10:00Z;"
            + " count must be greater than or equal to 1; a JSON request body is required.",
        detail);
    assertEquals("The request is invalid.", Failure.detailOf(List.of()));
  }
}
