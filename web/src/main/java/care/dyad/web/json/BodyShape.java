package care.dyad.web.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a request body against the record it is read into, before JSON-B reads it. JSON-B on its
 * own reads {@code "yes"} as false (a safeguarding concern lost), 1.5 sessions as 1, a number too
 * large for its field as whatever its low bits make, and quoted numbers as numbers; dates in years
 * beyond 9999 overflow the arithmetic done with them, and no database column stores the NUL
 * character. Anything else (codes, date formats, missing fields) is left to JSON-B and Bean
 * Validation.
 */
final class BodyShape {

  private static final String BOOLEAN = "true or false, unquoted";
  private static final String WHOLE_NUMBER = "a whole number, unquoted";
  private static final String NUMBER = "a number, unquoted";
  private static final String TEXT = "text in quotes";
  private static final String ID = "an id (a UUID such as 3f2b9c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b)";
  private static final String CLEAN_TEXT =
      "text without the NUL character (\\u0000) or a lone surrogate";

  private static final Set<Type> WHOLE =
      Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class);
  private static final Set<Type> TIMES =
      Set.of(
          LocalDate.class,
          LocalDateTime.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          Instant.class);

  /** JSON property names, as field names are shown (keys are quoted back only when plain). */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

  /** A record's fields: the JDK builds them anew, natively, on every call of its own. */
  private static final ClassValue<Field[]> FIELDS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents())
              .map(c -> new Field(c.getName(), c.getGenericType()))
              .toArray(Field[]::new);
        }
      };

  private record Field(String name, Type type) {}

  private BodyShape() {}

  /**
   * @throws UnfitValue naming the first field whose value the type cannot take as it is
   */
  static void check(JsonValue value, Type type) {
    check(value, type, "");
  }

  private static void check(JsonValue value, Type type, String path) {
    var raw = rawClass(type);
    if (raw == null || value == null) {
      return;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      // Bean Validation decides about null, except where the field cannot hold it at all.
      if (raw.isPrimitive()) {
        throw new UnfitValue(
            at(path), raw == boolean.class ? BOOLEAN : raw == double.class ? NUMBER : WHOLE_NUMBER);
      }
      return;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      require(
          value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE,
          path,
          BOOLEAN);
    } else if (WHOLE.contains(raw)) {
      require(value instanceof JsonNumber n && fits(n, raw), path, WHOLE_NUMBER);
    } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      require(value instanceof JsonNumber, path, NUMBER);
    } else if (raw == String.class) {
      require(value instanceof JsonString, path, TEXT);
      require(isClean(((JsonString) value).getString()), path, CLEAN_TEXT);
    } else if (raw == UUID.class) {
      require(value instanceof JsonString s && isUuid(s.getString()), path, ID);
    } else if (TIMES.contains(raw)) {
      // The format itself is JSON-B's to judge; only the year's range is checked here.
      require(
          !(value instanceof JsonString s) || !OutOfRangeYears.in(s.getString()),
          path,
          OutOfRangeYears.EXPECTED);
    } else if (raw.isRecord() && value instanceof JsonObject object) {
      for (var field : FIELDS.get(raw)) {
        if (object.containsKey(field.name())) {
          check(object.get(field.name()), field.type(), join(path, field.name()));
        }
      }
    } else if (Collection.class.isAssignableFrom(raw)
        && value.getValueType() == JsonValue.ValueType.ARRAY) {
      var element = typeArgument(type, 0);
      var items = value.asJsonArray();
      for (int i = 0; i < items.size(); i++) {
        check(items.get(i), element, path + "[" + i + "]");
      }
    } else if (Map.class.isAssignableFrom(raw) && value instanceof JsonObject object) {
      var element = typeArgument(type, 1);
      object.forEach(
          (key, item) ->
              check(item, element, PLAIN_KEY.matcher(key).matches() ? join(path, key) : path));
    }
  }

  private static void require(boolean fits, String path, String expected) {
    if (!fits) {
      throw new UnfitValue(at(path), expected);
    }
  }

  private static String at(String path) {
    return path.isEmpty() ? "body" : path;
  }

  private static boolean isUuid(String text) {
    try {
      UUID.fromString(text);
      return text.length() == 36; // fromString also takes shortened forms such as 1-2-3-4-5
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean fits(JsonNumber number, Class<?> type) {
    if (!number.isIntegral()) {
      return false;
    }
    try {
      var exact = number.bigDecimalValue();
      if (type == short.class || type == Short.class) {
        exact.shortValueExact();
      } else if (type == int.class || type == Integer.class) {
        exact.intValueExact();
      } else {
        exact.longValueExact();
      }
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** No NUL, and every surrogate in a pair: what a database column can store as sent. */
  static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '\0') {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }
}
