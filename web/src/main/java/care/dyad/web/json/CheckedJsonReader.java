package care.dyad.web.json;

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
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the API's request bodies (records) strictly: bytes that are not UTF-8 are refused instead
 * of being stored as replacement characters, and the values must fit their fields ({@link
 * BodyShape}) before JSON-B binds them.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class CheckedJsonReader implements MessageBodyReader<Object> {

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
    var body = new PushbackInputStream(entityStream);
    var first = body.read();
    if (first < 0) {
      return null; // no body: Bean Validation names what is required
    }
    body.unread(first);
    try (var reader = JsonP.PROVIDER.createReader(new InputStreamReader(body, utf8))) {
      var value = reader.readValue();
      BodyShape.check(value, genericType);
      return SharedJsonb.jsonb().fromJson(value.toString(), genericType);
    }
  }
}
