package care.dyad.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefusedRequestTest {

  private final UUID episode = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

  @Test
  void idsInThePathBecomeATemplateAndTheFirstIsTheTarget() {
    var refused = RefusedRequest.of("get", "/api/episodes/" + episode + "/assessments", Map.of());
    assertEquals("GET /api/episodes/{id}/assessments", refused.action());
    assertEquals(episode, refused.targetId());
  }

  @Test
  void matchedPathParametersKeepTheirNameEvenWhenTheValueIsNotAnId() {
    var refused =
        RefusedRequest.of("GET", "/api/referrals/Robin%20Smith", Map.of("id", "Robin Smith"));
    assertEquals("GET /api/referrals/{id}", refused.action());
    assertNull(refused.targetId());
  }

  @Test
  void segmentsThatCouldBeTypedInTextNeverReachTheTrail() {
    var refused = RefusedRequest.of("POST", "/api/nowhere/Robin%20Smith/12;jsessionid=x", Map.of());
    assertEquals("POST /api/nowhere/{value}/{value}", refused.action());
  }

  @Test
  void fhirOperationNamesStayInTheTemplate() {
    var path = "/fhir/EpisodeOfCare/" + episode + "/%24outcome-bundle";
    var refused =
        RefusedRequest.of(
            "GET", path, Map.of("id", episode.toString(), "operation", "$outcome-bundle"));
    assertEquals("GET /fhir/EpisodeOfCare/{id}/$outcome-bundle", refused.action());
    assertEquals(episode, refused.targetId());
  }

  @Test
  void theCollectionBeforeTheFirstIdNamesTheKindOfRecord() {
    assertEquals("episode", RefusedRequest.targetTypeOf("GET /api/episodes/{id}/sessions"));
    assertEquals("referral", RefusedRequest.targetTypeOf("POST /api/referrals/{id}/acceptance"));
    assertEquals(
        "episode", RefusedRequest.targetTypeOf("GET /fhir/EpisodeOfCare/{id}/$outcome-bundle"));
    assertNull(RefusedRequest.targetTypeOf("GET /api/referrals"));
    assertNull(RefusedRequest.targetTypeOf("GET /api/nowhere/{value}"));
    assertNull(RefusedRequest.targetTypeOf(null));
  }

  @Test
  void aMissingMethodOrPathStillGivesAnAction() {
    assertEquals("? /", RefusedRequest.of(null, null, null).action());
  }
}
