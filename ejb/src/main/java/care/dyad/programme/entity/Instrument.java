package care.dyad.programme.entity;

import care.dyad.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A catalogued measurement instrument: its scale decides which scores are valid. */
@Entity
@Table(name = "instrument")
public class Instrument {

  /** Scores and scale bounds are stored as numeric(8, 2): two decimals, six digits before. */
  public static final int MAX_DECIMALS = 2;

  private static final int MAX_WHOLE_DIGITS = 6;

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String domain;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "scale_kind", nullable = false)
  private ScaleKind scaleKind;

  @Column(name = "min_score")
  private BigDecimal minScore;

  @Column(name = "max_score")
  private BigDecimal maxScore;

  /** Ordered categories, comma-separated (categorical scales only). */
  @Column(name = "categories")
  private String categories;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false)
  private Direction direction;

  @Column(name = "preferred_category")
  private String preferredCategory;

  @Column(name = "clinical_cutoff")
  private BigDecimal clinicalCutoff;

  @Column(name = "reliable_change")
  private BigDecimal reliableChange;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Instrument() {}

  /** Test and seed constructor for a numeric scale. */
  public static Instrument numeric(
      String code, String name, BigDecimal min, BigDecimal max, Direction direction) {
    var instrument = new Instrument();
    instrument.code = code;
    instrument.name = name;
    instrument.domain = "";
    instrument.scaleKind = ScaleKind.NUMERIC;
    instrument.minScore = min;
    instrument.maxScore = max;
    instrument.direction = direction;
    instrument.recordedBy = "clinician";
    return instrument;
  }

  /** Test and seed constructor for an ordered categorical scale. */
  public static Instrument categorical(
      String code, String name, List<String> categories, String preferred) {
    var instrument = new Instrument();
    instrument.code = code;
    instrument.name = name;
    instrument.domain = "";
    instrument.scaleKind = ScaleKind.CATEGORICAL;
    instrument.categories = String.join(",", categories);
    instrument.direction = Direction.PREFERRED_CATEGORY;
    instrument.preferredCategory = preferred;
    instrument.recordedBy = "clinician";
    return instrument;
  }

  /** What a centre admin may set on a catalogue entry; scale kind and categories are fixed. */
  public record Definition(
      String name,
      String domain,
      BigDecimal minScore,
      BigDecimal maxScore,
      Direction direction,
      String preferredCategory,
      BigDecimal clinicalCutoff,
      BigDecimal reliableChange,
      String recordedBy) {}

  /** A new catalogue entry. */
  public static Instrument create(
      String code, ScaleKind kind, List<String> categories, Definition definition) {
    var instrument = new Instrument();
    instrument.code = code;
    instrument.scaleKind = kind;
    instrument.categories = kind == ScaleKind.CATEGORICAL ? String.join(",", categories) : null;
    instrument.define(definition);
    return instrument;
  }

  /**
   * Changes the catalogue entry. Recorded scores are never rewritten: they keep the value the
   * clinician entered, and only new scores are checked against the new scale.
   */
  public void define(Definition d) {
    requireStorable("minScore", d.minScore());
    requireStorable("maxScore", d.maxScore());
    requireStorable("clinicalCutoff", d.clinicalCutoff());
    requireStorable("reliableChange", d.reliableChange());
    if (scaleKind == ScaleKind.NUMERIC) {
      if (d.minScore() == null
          || d.maxScore() == null
          || d.minScore().compareTo(d.maxScore()) >= 0) {
        throw DomainException.invalid("minScore", "A numeric scale needs minScore below maxScore.");
      }
      if (d.direction() == Direction.PREFERRED_CATEGORY) {
        throw DomainException.invalid(
            "betterIs", "A numeric scale improves when it gets higher or lower.");
      }
    } else if (d.preferredCategory() == null || !categoryList().contains(d.preferredCategory())) {
      throw DomainException.invalid(
          "preferredCategory",
          "preferredCategory must be one of " + String.join(", ", categoryList()) + ".");
    }
    if (d.reliableChange() != null && d.reliableChange().signum() <= 0) {
      throw DomainException.invalid("reliableChange", "reliableChange must be positive.");
    }
    this.name = d.name();
    this.domain = d.domain();
    this.minScore = scaleKind == ScaleKind.NUMERIC ? d.minScore() : null;
    this.maxScore = scaleKind == ScaleKind.NUMERIC ? d.maxScore() : null;
    this.direction = scaleKind == ScaleKind.NUMERIC ? d.direction() : Direction.PREFERRED_CATEGORY;
    this.preferredCategory = scaleKind == ScaleKind.CATEGORICAL ? d.preferredCategory() : null;
    this.clinicalCutoff = d.clinicalCutoff();
    this.reliableChange = d.reliableChange();
    this.recordedBy = d.recordedBy();
  }

  /**
   * Checks a score against this scale: a number within range for numeric scales, one of the
   * categories for categorical ones. The refusal names the valid range or categories.
   */
  public void checkScore(BigDecimal score, String category) {
    if (scaleKind == ScaleKind.NUMERIC) {
      if (category != null) {
        throw DomainException.invalid(
            "category", name + " is scored as a number from " + range() + ", not a category.");
      }
      if (score == null) {
        throw DomainException.invalid("score", "score is required: a number from " + range() + ".");
      }
      requireStorable("score", score);
      if (score.compareTo(minScore) < 0 || score.compareTo(maxScore) > 0) {
        throw DomainException.invalid(
            "score", "score is out of range for " + name + ": use a number from " + range() + ".");
      }
    } else {
      if (score != null) {
        throw DomainException.invalid(
            "score",
            name
                + " is scored as a category ("
                + String.join(", ", categoryList())
                + "), not a number.");
      }
      if (category == null || !categoryList().contains(category.trim())) {
        throw DomainException.invalid(
            "category",
            (category == null ? "category is required" : "'" + category + "' is not a category")
                + " of "
                + name
                + "; use one of "
                + String.join(", ", categoryList())
                + ".");
      }
    }
  }

  private String range() {
    return minScore.stripTrailingZeros().toPlainString()
        + " to "
        + maxScore.stripTrailingZeros().toPlainString();
  }

  public List<String> categoryList() {
    return categories == null ? List.of() : Arrays.asList(categories.split(","));
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String domain() {
    return domain;
  }

  public ScaleKind scaleKind() {
    return scaleKind;
  }

  public BigDecimal minScore() {
    return minScore;
  }

  public BigDecimal maxScore() {
    return maxScore;
  }

  public Direction direction() {
    return direction;
  }

  public String preferredCategory() {
    return preferredCategory;
  }

  public BigDecimal clinicalCutoff() {
    return clinicalCutoff;
  }

  public BigDecimal reliableChange() {
    return reliableChange;
  }

  public String recordedBy() {
    return recordedBy;
  }

  /**
   * A number the database keeps as sent: at most two decimals (more would be rounded away) and at
   * most six digits before the point (more would not fit). Checked before anything else reads it,
   * so a value such as 1e999999999 is never expanded.
   */
  private static void requireStorable(String field, BigDecimal value) {
    if (value == null) {
      return;
    }
    var plain = value.stripTrailingZeros();
    if (plain.scale() > MAX_DECIMALS) {
      throw DomainException.invalid(
          field, field + " may have at most " + MAX_DECIMALS + " decimal places.");
    }
    if (plain.precision() - plain.scale() > MAX_WHOLE_DIGITS) {
      throw DomainException.invalid(
          field, field + " may have at most " + MAX_WHOLE_DIGITS + " digits before the point.");
    }
  }
}
