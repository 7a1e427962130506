package care.dyad.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.audit.control.AuditFilter;
import care.dyad.audit.entity.AuditOutcome;
import care.dyad.shared.DomainException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

  private static AuditQuery limit(String limit) {
    return new AuditQuery(null, null, null, null, null, null, limit);
  }

  private static DomainException refusal(AuditQuery query) {
    return assertThrows(DomainException.class, query::filter);
  }

  @Test
  void noFiltersMeansTheNewest200() {
    var filter = AuditQuery.NEWEST.filter();
    assertEquals(AuditFilter.DEFAULT_LIMIT, filter.limit());
    assertNull(filter.episodeId());
    assertNull(filter.outcome());
  }

  @Test
  void givenFiltersAreParsed() {
    var episode = UUID.randomUUID();
    var filter =
        new AuditQuery(
                episode.toString(),
                " ",
                " clara ",
                "2026-11-01T00:00:00Z",
                "2026-12-01T00:00:00Z",
                "not-found",
                "1000")
            .filter();
    assertEquals(episode, filter.episodeId());
    assertNull(filter.dyadId(), "blank is the same as left out");
    assertEquals("clara", filter.actor());
    assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.from());
    assertEquals(AuditOutcome.NOT_FOUND, filter.outcome());
    assertEquals(1000, filter.limit());
  }

  @Test
  void limitOutside1To1000OrNotANumberIsRefusedWithTheRange() {
    for (var bad : new String[] {"0", "-5", "1001", "lots", "99999999999"}) {
      var refusal = refusal(limit(bad));
      assertEquals("limit", refusal.field());
      assertTrue(refusal.getMessage().contains("from 1 to 1000"), refusal.getMessage());
    }
    assertEquals(1, limit("1").filter().limit());
  }

  @Test
  void badIdsInstantsAndOutcomesNameTheFieldAndTheFormThatWorks() {
    var id = refusal(new AuditQuery("42", null, null, null, null, null, null));
    assertEquals("episodeId", id.field());
    assertTrue(id.getMessage().contains("UUID"), id.getMessage());

    var from = refusal(new AuditQuery(null, null, null, "yesterday", null, null, null));
    assertEquals("from", from.field());
    assertTrue(from.getMessage().contains("2026-11-01T00:00:00Z"), from.getMessage());

    var outcome = refusal(new AuditQuery(null, null, null, null, null, "denied", null));
    assertEquals("outcome", outcome.field());
    assertTrue(outcome.getMessage().contains("success, refused, not-found"), outcome.getMessage());
  }

  @Test
  void toMustBeLaterThanFrom() {
    var refusal =
        refusal(
            new AuditQuery(
                null, null, null, "2026-12-01T00:00:00Z", "2026-11-01T00:00:00Z", null, null));
    assertEquals("to", refusal.field());
  }
}
