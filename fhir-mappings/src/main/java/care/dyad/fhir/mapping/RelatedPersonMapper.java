package care.dyad.fhir.mapping;

import care.dyad.fhir.export.CaregiverExport;
import care.dyad.fhir.export.EpisodeExport;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.ResourceType;

/** The caregiver as a RelatedPerson of the child: the relationship only, no name. */
public final class RelatedPersonMapper {

  private RelatedPersonMapper() {}

  public static RelatedPerson map(EpisodeExport episode) {
    CaregiverExport caregiver = episode.caregiver();
    RelatedPerson person = new RelatedPerson();
    person.setId(caregiver.id());
    person.setPatient(Datatypes.reference(ResourceType.Patient, episode.child().id()));
    person.addRelationship().addCoding(CaregiverRelationships.coding(caregiver.relationship()));
    return person;
  }
}
