package care.dyad.audit.boundary;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A refused HTTP request as the trail keeps it: the method and path template ({@code GET
 * /api/episodes/{id}}) and the first id in the path. Values never reach the trail: matched path
 * parameters become {@code {name}}, any other UUID {@code {id}}, and any segment that is not a
 * plain word (so could be typed-in text) {@code {value}}.
 *
 * @param action the method and path template
 * @param targetId the first UUID in the path, or null
 */
public record RefusedRequest(String action, UUID targetId) {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9._$-]{0,63}|\\$[a-z-]+");

  /** Path collections and the kind of record their {@code {id}} names. */
  private static final Map<String, String> KINDS =
      Map.of(
          "referrals", "referral",
          "episodes", "episode",
          "EpisodeOfCare", "episode",
          "dyads", "dyad",
          "assessments", "assessment",
          "sessions", "session");

  /**
   * @param method the HTTP method
   * @param rawPath the request path as sent, without the query (e.g. {@code
   *     HttpServletRequest.getRequestURI()})
   * @param pathParameters the path parameters the request matched, by name (empty when no resource
   *     matched); their values become {@code {name}}
   */
  public static RefusedRequest of(
      String method, String rawPath, Map<String, String> pathParameters) {
    var parameters = pathParameters == null ? Map.<String, String>of() : pathParameters;
    var template = new ArrayList<String>();
    UUID first = null;
    for (var raw : (rawPath == null ? "" : rawPath).split("/")) {
      // Matrix parameters (";jsessionid=…") are not part of the resource.
      var segment = decode(raw.split(";", 2)[0]);
      if (segment.isEmpty()) {
        continue;
      }
      if (first == null && UUID_TEXT.matcher(segment).matches()) {
        first = UUID.fromString(segment);
      }
      template.add(templateOf(segment, parameters));
    }
    var verb = method == null || method.isBlank() ? "?" : method.trim().toUpperCase(Locale.ROOT);
    return new RefusedRequest(verb + " /" + String.join("/", template), first);
  }

  /**
   * The kind of record a template's first {@code {…}} names, from the collection before it: {@code
   * GET /api/episodes/{id}/sessions} is about an episode. Null when the template names none.
   */
  public static String targetTypeOf(String action) {
    if (action == null) {
      return null;
    }
    var segments = action.split("[ /]+");
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        return KINDS.get(segments[i - 1]);
      }
    }
    return null;
  }

  private static String templateOf(String segment, Map<String, String> parameters) {
    for (var parameter : parameters.entrySet()) {
      // FHIR operations ($outcome-bundle) are matched as parameters but are names, not values.
      if (segment.equals(parameter.getValue()) && !segment.startsWith("$")) {
        return "{" + parameter.getKey() + "}";
      }
    }
    if (UUID_TEXT.matcher(segment).matches()) {
      return "{id}";
    }
    return WORD.matcher(segment).matches() ? segment : "{value}";
  }

  private static String decode(String segment) {
    try {
      // Path segments keep '+' literally; only %xx is an escape.
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "{value}";
    }
  }
}
