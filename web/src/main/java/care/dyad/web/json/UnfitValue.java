package care.dyad.web.json;

/**
 * A request value of the right JSON syntax but not what its field takes, e.g. {@code "yes"} for a
 * true-or-false field. Its message names the field's path and what to send instead, never the
 * value.
 */
public class UnfitValue extends RuntimeException {

  private final String field;

  public UnfitValue(String field, String expected) {
    super(field + " must be " + expected + ".");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
