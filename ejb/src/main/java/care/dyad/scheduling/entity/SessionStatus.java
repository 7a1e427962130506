package care.dyad.scheduling.entity;

/** The state of a booked session. Cancelled and rescheduled bookings free their time. */
public enum SessionStatus {
  BOOKED,
  ATTENDED,
  DID_NOT_ATTEND,
  CANCELLED_LATE,
  CANCELLED,
  RESCHEDULED;

  /**
   * Whether the booking still holds its time. A late cancellation frees the slot for someone else,
   * though it still counts as a missed session for the family.
   */
  public boolean holdsTime() {
    return this != CANCELLED && this != RESCHEDULED && this != CANCELLED_LATE;
  }
}
