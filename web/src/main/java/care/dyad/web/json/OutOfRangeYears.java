package care.dyad.web.json;

import java.util.regex.Pattern;

/**
 * Dates and instants that Java parses but that overflow the arithmetic done with them or that no
 * database column stores: signed years (ISO 8601's expanded form, e.g. +999999999-06-21) and year
 * 0000. Anything else that is not a date is left to the parser, which says what format to send.
 */
public final class OutOfRangeYears {

  public static final String EXPECTED = "a date in the years 0001 to 9999";

  private static final Pattern OUT_OF_RANGE =
      Pattern.compile("(?:[+-]\\d{4,}|0000)-\\d{2}.*", Pattern.DOTALL);

  private OutOfRangeYears() {}

  public static boolean in(String value) {
    return OUT_OF_RANGE.matcher(value.trim()).matches();
  }
}
