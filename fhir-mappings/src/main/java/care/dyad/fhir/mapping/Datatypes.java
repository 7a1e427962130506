package care.dyad.fhir.mapping;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/** Datatype helpers shared by the mappers. */
final class Datatypes {

  // Fixed zone so that the same instant always encodes to the same text, whatever the JVM's zone.
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private Datatypes() {}

  static Reference reference(ResourceType type, String id) {
    return new Reference(type.name() + "/" + id);
  }

  static Coding coding(String system, String code, String display) {
    return new Coding(system, code, display);
  }

  static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept(coding(system, code, display));
  }

  static DateType date(LocalDate date) {
    return new DateType(date.toString());
  }

  /** A dateTime of day precision, for periods recorded as dates. */
  static DateTimeType dateTime(LocalDate date) {
    return new DateTimeType(date.toString());
  }

  /** A dateTime of second precision in UTC; sub-second parts carry no clinical meaning. */
  static DateTimeType dateTime(Instant instant) {
    return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, UTC);
  }

  static InstantType instant(Instant instant) {
    return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
  }
}
