package care.dyad.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum values travel as lower-case, hyphenated codes ({@code health-visitor}). Parsing an unknown
 * code is a client mistake, answered with the list of codes that would have worked.
 */
public final class Codes {

  private Codes() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
    if (code == null || code.isBlank()) {
      throw DomainException.invalid(field, field + " is required; one of " + allowed(type) + ".");
    }
    for (E value : type.getEnumConstants()) {
      if (of(value).equals(code.trim())) {
        return value;
      }
    }
    throw DomainException.invalid(
        field, "'" + code + "' is not a known " + field + "; use one of " + allowed(type) + ".");
  }

  public static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
  }
}
