package care.dyad.web.fhir;

import care.dyad.fhir.Fhir;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Writes HAPI resources as FHIR JSON. */
@Provider
@Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirJsonWriter implements MessageBodyWriter<IBaseResource> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return IBaseResource.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      IBaseResource resource,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws java.io.IOException {
    out.write(Fhir.encode(resource).getBytes(StandardCharsets.UTF_8));
  }
}
