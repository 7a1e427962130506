package care.dyad.fhir;

import care.dyad.fhir.export.CaregiverExport;
import care.dyad.fhir.export.ChildExport;
import care.dyad.fhir.export.DiagnosisExport;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.ScoreExport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Export records for tests: a finished episode with numeric and categorical scores, and variants.
 */
public final class Exports {

  public static final String BASE_URL = "https://fhir.dyadcare.example.org/fhir";
  public static final Instant EXPORTED_AT = Instant.parse("2026-06-30T12:00:00Z");

  public static final String EPISODE_ID = "5f0c7a1e-2b4d-4c1a-9e3f-0a1b2c3d4e5f";
  public static final String CHILD_ID = "1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
  public static final String CAREGIVER_ID = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
  public static final String DIAGNOSIS_ID = "c0ffee00-1111-4222-8333-444455556666";
  public static final String PAYER_ID = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";
  public static final String REFERRAL_ID = "3b3b3b3b-0000-4000-8000-00000000000a";

  private Exports() {}

  public static ScoreExport ainsworthBaseline() {
    return ScoreExport.numeric(
        "0a0a0a0a-0000-4000-8000-000000000001",
        "ainsworth-sensitivity",
        "Ainsworth Sensitivity scale",
        "baseline",
        Instant.parse("2026-01-12T09:30:00Z"),
        new BigDecimal("4"));
  }

  public static ScoreExport strangeSituationBaseline() {
    return ScoreExport.categorical(
        "0a0a0a0a-0000-4000-8000-000000000002",
        "strange-situation",
        "Strange Situation classification",
        "baseline",
        Instant.parse("2026-01-14T10:00:00Z"),
        "D",
        "Disorganised");
  }

  public static ScoreExport ainsworthEnd() {
    return ScoreExport.numeric(
        "0a0a0a0a-0000-4000-8000-000000000003",
        "ainsworth-sensitivity",
        "Ainsworth Sensitivity scale",
        "end",
        Instant.parse("2026-05-20T09:30:00Z"),
        new BigDecimal("7"));
  }

  /** The finished episode; its scores are deliberately not in time order. */
  public static EpisodeExport finishedEpisode() {
    return episode().build();
  }

  /** A builder starting from {@link #finishedEpisode()}, for tests that need one thing changed. */
  public static Episode episode() {
    return new Episode();
  }

  /** Mutable stand-in for EpisodeExport's fields; {@link #build} runs the record's checks. */
  public static final class Episode {
    private ChildExport child = new ChildExport(CHILD_ID, LocalDate.of(2023, 8, 3));
    private CaregiverExport caregiver = new CaregiverExport(CAREGIVER_ID, "mother");
    private DiagnosisExport diagnosis =
        new DiagnosisExport(DIAGNOSIS_ID, "6B44", true, LocalDate.of(2026, 1, 20));
    private String status = "finished";
    private LocalDate periodEnd = LocalDate.of(2026, 5, 28);
    private String referralId = REFERRAL_ID;
    private List<ScoreExport> scores =
        List.of(ainsworthEnd(), strangeSituationBaseline(), ainsworthBaseline());

    private Episode() {}

    public Episode child(ChildExport child) {
      this.child = child;
      return this;
    }

    public Episode caregiver(CaregiverExport caregiver) {
      this.caregiver = caregiver;
      return this;
    }

    public Episode diagnosis(DiagnosisExport diagnosis) {
      this.diagnosis = diagnosis;
      return this;
    }

    /** An episode still running: status active, no end. */
    public Episode open() {
      this.status = "active";
      this.periodEnd = null;
      return this;
    }

    public Episode status(String status) {
      this.status = status;
      return this;
    }

    public Episode periodEnd(LocalDate periodEnd) {
      this.periodEnd = periodEnd;
      return this;
    }

    public Episode referralId(String referralId) {
      this.referralId = referralId;
      return this;
    }

    public Episode scores(List<ScoreExport> scores) {
      this.scores = scores;
      return this;
    }

    public EpisodeExport build() {
      return new EpisodeExport(
          EPISODE_ID,
          "centre-north",
          PAYER_ID,
          "M-0048213",
          child,
          caregiver,
          diagnosis,
          status,
          LocalDate.of(2026, 1, 5),
          periodEnd,
          referralId,
          scores);
    }
  }
}
