package care.dyad.fhir.export;

/**
 * The caregiver of the dyad, without a name.
 *
 * @param id our id for the caregiver; becomes the RelatedPerson id
 * @param relationship one of {@code mother, father, foster-carer, adoptive-parent, kinship-carer,
 *     other}; checked where it is mapped to a terminology code
 */
public record CaregiverExport(String id, String relationship) {

  public CaregiverExport {
    Require.fhirId(id, "caregiver id");
    Require.present(relationship, "caregiver relationship");
  }
}
