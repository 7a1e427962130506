package care.dyad.export.entity;

/** Where a pushed delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** The payer's endpoint accepted it. */
  DELIVERED,
  /** Given up after the last retry; a centre admin may retry it. */
  FAILED,
  /** Not sent: the caregiver withdrew consent to share outcomes after it was queued. */
  WITHHELD
}
