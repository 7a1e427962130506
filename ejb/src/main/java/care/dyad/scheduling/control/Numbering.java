package care.dyad.scheduling.control;

import care.dyad.scheduling.entity.SessionStatus;
import care.dyad.scheduling.entity.TherapySession;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Session k of N: the bookings that count against the dose (booked or attended), in time order.
 * Derived, never stored, so cancelling or moving a session renumbers the rest.
 */
public final class Numbering {

  private Numbering() {}

  public static Map<UUID, Integer> of(List<TherapySession> sessions) {
    var counted =
        sessions.stream()
            .filter(s -> s.status() == SessionStatus.BOOKED || s.status() == SessionStatus.ATTENDED)
            .sorted(Comparator.comparing(TherapySession::startsAt))
            .toList();
    var numbers = new HashMap<UUID, Integer>();
    for (int i = 0; i < counted.size(); i++) {
      numbers.put(counted.get(i).id(), i + 1);
    }
    return numbers;
  }
}
