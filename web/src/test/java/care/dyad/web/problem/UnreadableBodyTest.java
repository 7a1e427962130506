package care.dyad.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The parser's messages below are Yasson's (WildFly's JSON-B), as it words them. */
class UnreadableBodyTest {

  @Test
  void aNestedFieldOfTheWrongFormatIsNamedWithWhatToSend() {
    var failure =
        Failure.of(
            new ProcessingException(
                new JsonbException(
                    "Unable to deserialize property 'child' because of: Unable to deserialize"
                        + " property 'birthDate' because of: Error parsing class"
                        + " java.time.LocalDate from value: Robin's birthday. Check your"
                        + " @JsonbDateFormat has all time units for class java.time.LocalDate"
                        + " type")));
    assertEquals(400, failure.status());
    assertEquals("child.birthDate must be a date as YYYY-MM-DD.", failure.detail());
    assertEquals("child.birthDate", failure.errors().get(0).field());
    assertFalse(failure.detail().contains("Robin"), "values never reach the answer");
  }

  @Test
  void numbersTimesAndObjectsSayWhatTheyShouldBe() {
    assertEquals(
        "durationMinutes must be a whole number, unquoted.",
        Failure.of(
                new JsonbException(
                    "Unable to deserialize property 'durationMinutes' because of: Error"
                        + " deserialize JSON value into type: class java.lang.Integer."))
            .detail());
    assertEquals(
        "startsAt must be a time with its offset, e.g. 2026-12-01T10:00:00Z.",
        Failure.of(
                new JsonbException(
                    "Unable to deserialize property 'startsAt' because of: Error parsing class"
                        + " java.time.OffsetDateTime from value: 2027-01-04T09:00:00."))
            .detail());
    assertEquals(
        "blocks must be a list: […].",
        Failure.of(
                new JsonbException(
                    "Unable to deserialize property 'blocks' because of: Incorrect position for"
                        + " processing type: interface java.util.List. Received event:"
                        + " START_OBJECT Allowed: [START_ARRAY]"))
            .detail());
    assertEquals(
        "The request body must be a JSON object: {\"field\": value, …}.",
        Failure.of(
                new JsonbException(
                    "Incorrect position for processing type: class X. Received event:"
                        + " START_ARRAY Allowed: [START_OBJECT]"))
            .detail());
  }

  @Test
  void brokenSyntaxGivesWhereItBreaks() {
    JsonParsingException broken = null;
    try (var parser = Json.createParser(new StringReader("{\"child\": "))) {
      while (parser.hasNext()) {
        parser.next();
      }
    } catch (JsonParsingException e) {
      broken = e;
    }
    var detail = Failure.of(new JsonbException("Internal error", broken)).detail();
    assertTrue(detail.startsWith("The request body is not valid JSON (line 1, column"), detail);
  }

  @Test
  void anUnrecognisedProblemStillSaysWhatToSend() {
    var detail =
        Failure.of(new JsonbException("Internal error: Invalid UUID string: Robin")).detail();
    assertTrue(detail.contains("ids as UUIDs"), detail);
    assertFalse(detail.contains("Robin"), detail);
  }
}
