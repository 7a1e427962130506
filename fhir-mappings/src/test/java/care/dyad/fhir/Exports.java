package care.dyad.fhir;

import care.dyad.fhir.export.CarePlanExport;
import care.dyad.fhir.export.CaregiverExport;
import care.dyad.fhir.export.ChildExport;
import care.dyad.fhir.export.DiagnosisExport;
import care.dyad.fhir.export.DomainImprovementExport;
import care.dyad.fhir.export.DoseExport;
import care.dyad.fhir.export.DoseExtensionExport;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.OrganizationExport;
import care.dyad.fhir.export.PayerSummaryExport;
import care.dyad.fhir.export.ProgrammeExport;
import care.dyad.fhir.export.ScoreExport;
import care.dyad.fhir.export.SessionExport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Export records for tests: a finished VIPP-SD episode with its centre, payer, care plan (one
 * authorised extension), two attended sessions and numeric and categorical scores, and variants;
 * the VIPP-SD programme; a payer summary.
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
  public static final String CENTRE_ID = "north";
  public static final String CARE_PLAN_ID = "cp-" + EPISODE_ID;
  public static final String PROGRAMME_CODE = "vipp-sd";

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

  /** VIPP-SD's dose: 7 home visits of 90 minutes, every 2 to 4 weeks. */
  public static DoseExport vippDose() {
    return new DoseExport(7, 14, 28, 90);
  }

  public static ProgrammeExport vippSd() {
    return new ProgrammeExport(
        PROGRAMME_CODE,
        "VIPP-SD (video-feedback intervention to promote positive parenting and sensitive"
            + " discipline)",
        vippDose());
  }

  /** The episode's VIPP-SD plan with one extra session authorised in April. */
  public static CarePlanExport carePlan(String status) {
    return new CarePlanExport(
        CARE_PLAN_ID,
        PROGRAMME_CODE,
        status,
        vippDose(),
        List.of(new DoseExtensionExport(1, LocalDate.of(2026, 4, 20))),
        LocalDate.of(2026, 1, 12));
  }

  /** A home visit with caregiver and child, filmed. */
  public static SessionExport homeVisit() {
    return new SessionExport(
        "5e55e550-0000-4000-8000-000000000001",
        Instant.parse("2026-01-19T10:00:00Z"),
        Instant.parse("2026-01-19T11:30:00Z"),
        true,
        true,
        true,
        true);
  }

  /** A session at the centre with the caregiver only, no video. */
  public static SessionExport caregiverOnlyAtCentre() {
    return new SessionExport(
        "5e55e550-0000-4000-8000-000000000002",
        Instant.parse("2026-02-09T14:00:00Z"),
        Instant.parse("2026-02-09T15:30:00Z"),
        false,
        true,
        false,
        false);
  }

  /** A half-year summary for the payer from the north centre. */
  public static PayerSummaryExport payerSummary() {
    return new PayerSummaryExport(
        PAYER_ID,
        CENTRE_ID,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30),
        12,
        10,
        7,
        2,
        71,
        62,
        9,
        6,
        List.of(
            new DomainImprovementExport("caregiver sensitivity", 8, 6),
            new DomainImprovementExport("attachment security", 6, 2)));
  }

  /** The finished episode; its scores and sessions are deliberately not in time order. */
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
    private OrganizationExport centre =
        OrganizationExport.centre(CENTRE_ID, "North Child Development Centre");
    private OrganizationExport payer =
        OrganizationExport.payer(PAYER_ID, "Northwind Health Insurance");
    private CarePlanExport carePlan = Exports.carePlan("completed");
    private List<SessionExport> sessions = List.of(caregiverOnlyAtCentre(), homeVisit());

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

    /** An episode still running: status active, no end, its care plan active. */
    public Episode open() {
      this.status = "active";
      this.periodEnd = null;
      this.carePlan = carePlan == null ? null : Exports.carePlan("active");
      return this;
    }

    /**
     * Only what every export has: no organisations, care plan or sessions (what the server sends
     * until they are wired from the database).
     */
    public Episode minimal() {
      this.centre = null;
      this.payer = null;
      this.carePlan = null;
      this.sessions = List.of();
      return this;
    }

    public Episode centre(OrganizationExport centre) {
      this.centre = centre;
      return this;
    }

    public Episode payer(OrganizationExport payer) {
      this.payer = payer;
      return this;
    }

    public Episode carePlan(CarePlanExport carePlan) {
      this.carePlan = carePlan;
      return this;
    }

    public Episode sessions(List<SessionExport> sessions) {
      this.sessions = sessions;
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
          CENTRE_ID,
          PAYER_ID,
          "M-0048213",
          child,
          caregiver,
          diagnosis,
          status,
          LocalDate.of(2026, 1, 5),
          periodEnd,
          referralId,
          scores,
          centre,
          payer,
          carePlan,
          sessions);
    }
  }
}
