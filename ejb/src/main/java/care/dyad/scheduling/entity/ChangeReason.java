package care.dyad.scheduling.entity;

/** Why a booking was cancelled or moved. */
public enum ChangeReason {
  BY_FAMILY,
  BY_CENTRE,
  CLINICIAN_UNAVAILABLE,
  OTHER
}
