package care.dyad.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.referral.entity.Relationship;
import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void enumsTravelAsHyphenatedLowerCaseCodes() {
    assertEquals("foster-carer", Codes.of(Relationship.FOSTER_CARER));
    assertEquals(
        Relationship.KINSHIP_CARER,
        Codes.parse(Relationship.class, " kinship-carer ", "relationship"));
  }

  @Test
  void unknownCodeIsRefusedWithTheAllowedList() {
    var refusal =
        assertThrows(
            DomainException.class,
            () -> Codes.parse(Relationship.class, "aunt", "caregiver.relationship"));
    assertEquals("caregiver.relationship", refusal.field());
    assertTrue(
        refusal
            .getMessage()
            .contains("mother, father, foster-carer, adoptive-parent, kinship-carer, other"),
        refusal.getMessage());
    assertThrows(
        DomainException.class, () -> Codes.parse(Relationship.class, null, "relationship"));
  }
}
