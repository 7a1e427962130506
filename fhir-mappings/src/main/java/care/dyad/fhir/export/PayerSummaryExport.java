package care.dyad.fhir.export;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one payer's episodes came to in one period: counts only, nothing about any one family.
 *
 * @param payerId the payer the summary is for; scopes its identifier
 * @param centreId the reporting centre, or null for a summary over all centres
 * @param periodStart first day of the period
 * @param periodEnd last day of the period
 * @param episodesOpened episodes opened in the period
 * @param episodesClosed episodes closed in the period, for any reason
 * @param episodesCompleted of the closed, those completed
 * @param episodesDroppedOut of the closed, those dropped out
 * @param sessionsPlanned authorised dose (planned plus extensions) of the closed episodes
 * @param sessionsDelivered attended sessions of the closed episodes
 * @param episodesRemeasured closed episodes with a baseline and a later score in any domain
 * @param episodesImproved of those, episodes with a reliable improvement in at least one domain
 * @param domains one row per instrument domain with re-measured episodes; copied
 */
public record PayerSummaryExport(
    String payerId,
    String centreId,
    LocalDate periodStart,
    LocalDate periodEnd,
    int episodesOpened,
    int episodesClosed,
    int episodesCompleted,
    int episodesDroppedOut,
    int sessionsPlanned,
    int sessionsDelivered,
    int episodesRemeasured,
    int episodesImproved,
    List<DomainImprovementExport> domains) {

  public PayerSummaryExport {
    Require.present(payerId, "payerId");
    if (centreId != null) {
      // The centre is the report's reporter, so its id must make an Organization id.
      OrganizationExport.centre(centreId, null);
    }
    Require.present(periodStart, "periodStart");
    Require.present(periodEnd, "periodEnd");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "summary period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
    }
    Require.count(episodesOpened, "episodesOpened");
    Require.count(episodesClosed, "episodesClosed");
    Require.count(episodesCompleted, "episodesCompleted");
    Require.count(episodesDroppedOut, "episodesDroppedOut");
    Require.atMost(
        episodesCompleted + episodesDroppedOut,
        episodesClosed,
        "completed plus dropped-out episodes",
        "episodesClosed");
    Require.count(sessionsPlanned, "sessionsPlanned");
    Require.count(sessionsDelivered, "sessionsDelivered");
    Require.count(episodesRemeasured, "episodesRemeasured");
    Require.count(episodesImproved, "episodesImproved");
    Require.atMost(episodesRemeasured, episodesClosed, "episodesRemeasured", "episodesClosed");
    Require.atMost(episodesImproved, episodesRemeasured, "episodesImproved", "episodesRemeasured");
    domains = List.copyOf(Require.present(domains, "domains"));
    Set<String> seen = new HashSet<>();
    for (DomainImprovementExport domain : domains) {
      if (!seen.add(domain.domain())) {
        throw new IllegalArgumentException("domain listed twice: " + domain.domain());
      }
      Require.atMost(
          domain.remeasured(),
          episodesRemeasured,
          "remeasured in " + domain.domain(),
          "episodesRemeasured");
    }
  }
}
