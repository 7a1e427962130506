package care.dyad.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver RESTEasy builds a new one per request
 * body, which looks the provider up through the class loader and re-reads every class's annotations
 * each time: measured as a third of a booking's CPU.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  public static Jsonb jsonb() {
    return JSONB;
  }
}
