package care.dyad.scheduling.entity;

/** The state of a booked session. */
public enum SessionStatus {
  BOOKED,
  ATTENDED,
  DID_NOT_ATTEND,
  CANCELLED
}
