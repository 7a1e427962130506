package care.dyad.episode.entity;

/** The ICD-11 MMS codes this service treats. */
public enum Icd11Code {
  RAD("6B44", "Reactive attachment disorder"),
  DSED("6B45", "Disinhibited social engagement disorder");

  public static final String SYSTEM = "http://id.who.int/icd/release/11/mms";

  private final String code;
  private final String display;

  Icd11Code(String code, String display) {
    this.code = code;
    this.display = display;
  }

  public String code() {
    return code;
  }

  public String display() {
    return display;
  }

  /** The code for an ICD-11 string, or null when it is not one this service treats. */
  public static Icd11Code fromCode(String code) {
    for (var value : values()) {
      if (value.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
        return value;
      }
    }
    return null;
  }

  public static String allowed() {
    return RAD.code + " (" + RAD.display + "), " + DSED.code + " (" + DSED.display + ")";
  }
}
