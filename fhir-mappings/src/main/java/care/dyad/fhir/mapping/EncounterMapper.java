package care.dyad.fhir.mapping;

import care.dyad.fhir.Systems;
import care.dyad.fhir.export.EpisodeExport;
import care.dyad.fhir.export.SessionExport;
import java.util.Comparator;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * An attended session as a finished Encounter of the child within the episode. Who was present and
 * whether video was used are {@code Encounter.type} codings from our {@code session-attendance}
 * CodeSystem (always both polarities, so "absent" is never confused with "unknown"); types are
 * searchable, so a payer can count dyadic or video sessions without extensions. Participants are
 * left out: the clinician is staff data.
 */
public final class EncounterMapper {

  /** Sessions by start, then id: database order is not stable, re-exports must be identical. */
  static final Comparator<SessionExport> SESSION_ORDER =
      Comparator.comparing(SessionExport::start).thenComparing(SessionExport::id);

  private EncounterMapper() {}

  public static Encounter map(EpisodeExport episode, SessionExport session) {
    Encounter encounter = new Encounter();
    encounter.setId(session.id());
    encounter.addIdentifier().setSystem(Systems.SESSION_ID).setValue(session.id());
    encounter.setStatus(EncounterStatus.FINISHED);
    encounter.setClass_(
        session.homeVisit()
            ? Datatypes.coding(Systems.V3_ACT_CODE, "HH", "home health")
            : Datatypes.coding(Systems.V3_ACT_CODE, "AMB", "ambulatory"));
    encounter.addType(
        session.caregiverPresent()
            ? attendance("caregiver-present", "Caregiver present")
            : attendance("caregiver-absent", "Caregiver absent"));
    encounter.addType(
        session.childPresent()
            ? attendance("child-present", "Child present")
            : attendance("child-absent", "Child absent"));
    encounter.addType(
        session.videoUsed()
            ? attendance("video-used", "Video used")
            : attendance("video-not-used", "Video not used"));
    encounter.setSubject(Datatypes.reference(ResourceType.Patient, episode.child().id()));
    encounter.addEpisodeOfCare(
        Datatypes.reference(ResourceType.EpisodeOfCare, episode.episodeId()));
    encounter.getPeriod().setStartElement(Datatypes.dateTime(session.start()));
    encounter.getPeriod().setEndElement(Datatypes.dateTime(session.end()));
    if (episode.centre() != null) {
      encounter.setServiceProvider(
          Datatypes.reference(ResourceType.Organization, episode.centre().fhirId()));
    }
    return encounter;
  }

  // Displays as in CodeSystem-session-attendance.json; the tests check that they agree.
  private static CodeableConcept attendance(String code, String display) {
    return Datatypes.concept(Systems.SESSION_ATTENDANCE, code, display);
  }
}
