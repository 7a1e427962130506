package care.dyad.web.json;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, looked up once: {@code Json.createReader} and friends search the class path
 * for it on every call, which showed up on every request (each reads the bearer token's claims).
 */
public final class JsonP {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonP() {}
}
