package care.dyad.scheduling.boundary;

import java.util.UUID;

/** An episode whose family is slipping away: consecutive did-not-attends or a long gap. */
public record AtRiskEpisode(
    UUID episodeId,
    String centreId,
    String childName,
    String status,
    String programmeCode,
    int delivered,
    int authorised,
    String atRiskReason)
    implements EpisodeScoped {}
