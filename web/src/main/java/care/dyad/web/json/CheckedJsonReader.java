package care.dyad.web.json;

import care.dyad.shared.DomainException;
import jakarta.json.JsonException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the API's request bodies (records) strictly: bytes that are not UTF-8 are refused instead
 * of being stored as replacement characters, and the values must fit their fields ({@link
 * BodyShape}) before JSON-B binds them.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class CheckedJsonReader implements MessageBodyReader<Object> {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    var utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var body = new PushbackInputStream(entityStream, BOM.length);
    try {
      var start = body.readNBytes(BOM.length);
      if (start.length == 0) {
        return null; // no body: Bean Validation names what is required
      }
      if (!Arrays.equals(start, BOM)) {
        body.unread(start); // a byte order mark is allowed (RFC 8259) and skipped
      }
      try (var reader = JsonP.PROVIDER.createReader(new InputStreamReader(body, utf8))) {
        var value = reader.readValue();
        BodyShape.check(value, genericType);
        return SharedJsonb.jsonb().fromJson(value.toString(), genericType);
      }
    } catch (IOException e) {
      throw cutShort();
    } catch (JsonException e) {
      var cause = e.getCause();
      if (cause instanceof IOException && !(cause instanceof CharacterCodingException)) {
        throw cutShort();
      }
      throw e; // answered where the JSON or the UTF-8 breaks
    }
  }

  /** The stream itself failed: a body over the size limit, or a client that went away. */
  private static DomainException cutShort() {
    return DomainException.invalid(
        "body", "The request body could not be read in full; bodies are limited to 10 MB.");
  }
}
