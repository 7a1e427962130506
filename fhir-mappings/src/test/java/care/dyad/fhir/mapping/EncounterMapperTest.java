package care.dyad.fhir.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.dyad.fhir.Exports;
import care.dyad.fhir.FhirValidation;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.SessionExport;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.junit.jupiter.api.Test;

class EncounterMapperTest {

  private static final String ATTENDANCE =
      "https://dyadcare.example.org/fhir/CodeSystem/session-attendance";

  @Test
  void filmedDyadicHomeVisitIsAFinishedHomeHealthEncounter() {
    Encounter encounter = EncounterMapper.map(Exports.finishedEpisode(), Exports.homeVisit());

    FhirValidation.assertValid(encounter);
    assertEquals(Exports.homeVisit().id(), encounter.getIdElement().getIdPart());
    assertEquals(
        "https://dyadcare.example.org/fhir/sid/session",
        encounter.getIdentifierFirstRep().getSystem());
    assertEquals(EncounterStatus.FINISHED, encounter.getStatus());
    assertEquals("HH", encounter.getClass_().getCode());
    assertEquals(List.of("caregiver-present", "child-present", "video-used"), types(encounter));
    assertEquals("Patient/" + Exports.CHILD_ID, encounter.getSubject().getReference());
    assertEquals(
        "EpisodeOfCare/" + Exports.EPISODE_ID, encounter.getEpisodeOfCareFirstRep().getReference());
    assertEquals(
        "2026-01-19T10:00:00+00:00", encounter.getPeriod().getStartElement().getValueAsString());
    assertEquals(
        "2026-01-19T11:30:00+00:00", encounter.getPeriod().getEndElement().getValueAsString());
    assertEquals("Organization/centre-north", encounter.getServiceProvider().getReference());
  }

  @Test
  void caregiverOnlySessionAtTheCentreSaysWhoWasAbsentAndThatNoVideoWasUsed() {
    Encounter encounter =
        EncounterMapper.map(Exports.finishedEpisode(), Exports.caregiverOnlyAtCentre());

    FhirValidation.assertValid(encounter);
    assertEquals("AMB", encounter.getClass_().getCode());
    assertEquals(List.of("caregiver-present", "child-absent", "video-not-used"), types(encounter));
  }

  @Test
  void childOnlySessionValidatesWithoutErrors() {
    SessionExport childOnly =
        new SessionExport(
            "s-child",
            Instant.parse("2026-03-02T09:00:00Z"),
            Instant.parse("2026-03-02T10:00:00Z"),
            false,
            false,
            true,
            true);

    Encounter encounter = EncounterMapper.map(Exports.finishedEpisode(), childOnly);

    FhirValidation.assertValid(encounter);
    assertEquals(List.of("caregiver-absent", "child-present", "video-used"), types(encounter));
  }

  @Test
  void noStaffTakePartInTheExportedEncounter() {
    Encounter encounter = EncounterMapper.map(Exports.finishedEpisode(), Exports.homeVisit());

    assertFalse(encounter.hasParticipant());
  }

  @Test
  void withoutTheCentreOrganizationThereIsNoServiceProvider() {
    EpisodeExport episode = Exports.episode().centre(null).build();

    Encounter encounter = EncounterMapper.map(episode, Exports.homeVisit());

    FhirValidation.assertValid(encounter);
    assertFalse(encounter.hasServiceProvider());
  }

  @Test
  void sessionEndingBeforeItStartsOrAttendedByNobodyIsRejected() {
    Instant start = Instant.parse("2026-03-02T09:00:00Z");
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionExport("s-1", start, start, false, true, true, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionExport("s-1", start, start.plusSeconds(3600), false, false, false, false));
  }

  private static List<String> types(Encounter encounter) {
    return encounter.getType().stream()
        .map(CodeableConcept::getCodingFirstRep)
        .peek(coding -> assertEquals(ATTENDANCE, coding.getSystem()))
        .map(coding -> coding.getCode())
        .toList();
  }
}
