package care.dyad.audit.entity;

import java.util.UUID;

/**
 * What an event is about. Every part may be unknown: a refused request names at most an id from its
 * path, and the centre of a record is only known once the record was found.
 *
 * @param type the kind of record: referral, episode, dyad, assessment, session, …
 * @param id the record's id
 * @param episodeId the episode the record belongs to; an episode's own id for an episode
 * @param dyadId the dyad the record belongs to; a dyad's own id for a dyad
 * @param centreId the centre the record belongs to
 */
public record AuditTarget(String type, UUID id, UUID episodeId, UUID dyadId, String centreId) {

  public static final String EPISODE = "episode";
  public static final String DYAD = "dyad";

  public AuditTarget {
    type = type == null || type.isBlank() ? null : type.trim();
    // An episode is its own episode, so a search by episode finds reads of the episode itself.
    if (episodeId == null && EPISODE.equals(type)) {
      episodeId = id;
    }
    if (dyadId == null && DYAD.equals(type)) {
      dyadId = id;
    }
  }

  /** Only the kind and the id are known (either may be null). */
  public static AuditTarget of(String type, UUID id) {
    return new AuditTarget(type, id, null, null, null);
  }
}
