package care.dyad.scheduling.boundary;

import care.dyad.scheduling.control.DoseTracker;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An episode's dose progress, projected end, at-risk flag and re-measurements. */
public record DoseView(
    UUID episodeId,
    String centreId,
    String programmeCode,
    int planned,
    int authorised,
    int booked,
    int delivered,
    int remaining,
    LocalDate projectedEnd,
    boolean atRisk,
    String atRiskReason,
    List<DoseTracker.Remeasurement> remeasurements)
    implements EpisodeScoped {

  static DoseView of(UUID episodeId, String centreId, String programme, DoseTracker.Dose d) {
    return new DoseView(
        episodeId,
        centreId,
        programme,
        d.planned(),
        d.authorised(),
        d.booked(),
        d.delivered(),
        d.remaining(),
        d.projectedEnd(),
        d.atRisk(),
        d.atRiskReason(),
        d.remeasurements());
  }
}
