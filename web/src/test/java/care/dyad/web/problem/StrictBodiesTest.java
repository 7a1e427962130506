package care.dyad.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.web.json.CheckedJsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Request bodies as the API reads them: {@link CheckedJsonReader} with WildFly's JSON-B (Yasson),
 * and the answer a refusal gets.
 */
class StrictBodiesTest {

  public record Child(String givenName, LocalDate birthDate, boolean safeguardingConcern) {}

  public record Block(String day, Integer minutes, UUID roomId) {}

  public record Body(
      Child child,
      Boolean consent,
      int sessions,
      Integer minutes,
      long count,
      BigDecimal score,
      List<Block> blocks,
      Map<String, Boolean> consents) {}

  private static final String VALID =
      "{\"child\": {\"givenName\": \"Robin\", \"birthDate\": \"2023-05-01\","
          + " \"safeguardingConcern\": true}, \"consent\": false, \"sessions\": 2,"
          + " \"minutes\": 45, \"count\": 10, \"score\": 0.5,"
          + " \"blocks\": [{\"day\": \"monday\", \"minutes\": 60,"
          + " \"roomId\": \"3f2b9c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b\"}], \"consents\": {\"treatment\": true}}";

  private static Object read(byte[] json) throws Exception {
    return new CheckedJsonReader()
        .readFrom(Object.class, Body.class, null, null, null, new ByteArrayInputStream(json));
  }

  private static Body read(String json) throws Exception {
    return (Body) read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** What the API answers for the body: the problem's detail. */
  private static String refusal(String json) {
    var failure = Failure.of(assertThrows(RuntimeException.class, () -> read(json)));
    assertEquals(400, failure.status());
    return failure.detail();
  }

  private static String with(String from, String to) {
    return VALID.replace(from, to);
  }

  @Test
  void valuesOfTheRightTypeAreReadAsSent() throws Exception {
    var body = read(VALID);
    assertEquals(new Child("Robin", LocalDate.of(2023, 5, 1), true), body.child());
    assertEquals(false, body.consent());
    assertEquals(2, body.sessions());
    assertEquals(45, body.minutes());
    assertEquals(10L, body.count());
    assertEquals(new BigDecimal("0.5"), body.score());
    assertEquals(
        List.of(new Block("monday", 60, UUID.fromString("3f2b9c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b"))),
        body.blocks());
    assertEquals(Map.of("treatment", true), body.consents());
  }

  @Test
  void nullMissingAndNoBodyAreLeftToValidation() throws Exception {
    var body = read("{\"consent\": null, \"minutes\": null, \"score\": null, \"child\": {}}");
    assertNull(body.consent());
    assertNull(body.minutes());
    assertNull(body.score());
    assertNull(body.child().givenName());
    assertNull(read(new byte[0]));
  }

  @Test
  void aBooleanIsTrueOrFalseNothingElse() {
    for (var value : new String[] {"\"yes\"", "1", "\"true\"", "\"Robin\""}) {
      assertEquals(
          "child.safeguardingConcern must be true or false, unquoted.",
          refusal(with("\"safeguardingConcern\": true", "\"safeguardingConcern\": " + value)));
      assertEquals(
          "consent must be true or false, unquoted.",
          refusal(with("\"consent\": false", "\"consent\": " + value)));
      assertEquals(
          "consents.treatment must be true or false, unquoted.",
          refusal(with("{\"treatment\": true}", "{\"treatment\": " + value + "}")));
    }
  }

  @Test
  void wholeNumbersAreWholeUnquotedAndInRange() {
    for (var value : new String[] {"1.5", "\"2\"", "99999999999999999999", "1e400", "true"}) {
      assertEquals(
          "sessions must be a whole number, unquoted.",
          refusal(with("\"sessions\": 2", "\"sessions\": " + value)));
      assertEquals(
          "blocks[0].minutes must be a whole number, unquoted.",
          refusal(with("\"minutes\": 60", "\"minutes\": " + value)));
    }
    assertEquals(
        "count must be a whole number, unquoted.",
        refusal(with("\"count\": 10", "\"count\": 2.5")));
  }

  @Test
  void idsAreUuidsAndPrimitivesAreNeverNull() {
    for (var value : new String[] {"\"not-a-uuid\"", "\"1-2-3-4-5\"", "7"}) {
      assertEquals(
          "blocks[0].roomId must be an id (a UUID such as 3f2b9c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b).",
          refusal(with("\"3f2b9c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b\"", value)));
    }
    assertEquals(
        "child.safeguardingConcern must be true or false, unquoted.",
        refusal(with("\"safeguardingConcern\": true", "\"safeguardingConcern\": null")));
    assertEquals(
        "sessions must be a whole number, unquoted.",
        refusal(with("\"sessions\": 2", "\"sessions\": null")));
  }

  @Test
  void aNumberIsUnquoted() {
    assertEquals(
        "score must be a number, unquoted.", refusal(with("\"score\": 0.5", "\"score\": \"5\"")));
  }

  @Test
  void textIsQuotedWellFormedAndHoldsNoNulCharacter() {
    var clean = "text without the NUL character (\\u0000) or a lone surrogate";
    assertEquals(
        "child.givenName must be " + clean + ".", refusal(with("\"Robin\"", "\"Rob\\u0000in\"")));
    assertEquals(
        "child.givenName must be " + clean + ".", refusal(with("\"Robin\"", "\"Rob\\ud800\"")));
    assertEquals("child.givenName must be text in quotes.", refusal(with("\"Robin\"", "123")));
  }

  @Test
  void datesAreInTheYearsOneTo9999() {
    for (var date :
        new String[] {"+999999999-06-21", "-0001-01-01", "0000-01-01", "+10000-01-01"}) {
      var detail = refusal(with("2023-05-01", date));
      assertEquals("child.birthDate must be a date in the years 0001 to 9999.", detail);
      assertFalse(detail.contains(date), "values never reach the answer");
    }
    assertEquals(
        "child.birthDate must be a date as YYYY-MM-DD.", refusal(with("2023-05-01", "yesterday")));
  }

  @Test
  void aByteOrderMarkIsSkipped() throws Exception {
    var json = VALID.getBytes(StandardCharsets.UTF_8);
    var marked = new byte[json.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(json, 0, marked, 3, json.length);
    assertEquals(read(VALID), read(marked));
  }

  @Test
  void aBodyCutShortIsRefusedNotAFailure() {
    var cutShort =
        new InputStream() {
          private int left = 20;

          @Override
          public int read() throws IOException {
            if (left-- > 0) {
              return VALID.charAt(19 - left);
            }
            throw new IOException("over the limit");
          }
        };
    var thrown =
        assertThrows(
            RuntimeException.class,
            () ->
                new CheckedJsonReader()
                    .readFrom(Object.class, Body.class, null, null, null, cutShort));
    var failure = Failure.of(thrown);
    assertEquals(400, failure.status());
    assertEquals(
        "The request body could not be read in full; bodies are limited to 10 MB.",
        failure.detail());
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    var body = VALID.getBytes(StandardCharsets.UTF_8); // all ASCII: one byte per character
    body[VALID.indexOf("Robin") + 1] = (byte) 0xC3; // a lead byte with no continuation byte
    var failure = Failure.of(assertThrows(Exception.class, () -> read(body)));
    assertEquals(400, failure.status());
    assertEquals("The request body is not UTF-8 text.", failure.detail());
  }
}
