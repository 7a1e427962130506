package care.dyad.episode.boundary;

import care.dyad.episode.control.EpisodeRepository;
import care.dyad.episode.entity.Episode;
import care.dyad.episode.entity.Icd11Code;
import care.dyad.referral.control.ReferralRepository;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/** Opening episodes from referrals and reading them, clinical or scheduling view. */
@Stateless
public class Episodes {

  @Inject CurrentCaller caller;
  @Inject ReferralRepository referrals;
  @Inject EpisodeRepository episodes;

  /** Accepts a received referral of the caller's centres and opens its episode. */
  @RolesAllowed(Roles.CLINICIAN)
  public EpisodeView acceptReferral(UUID referralId, Acceptance acceptance) {
    var diagnosis = provisionalDiagnosis(acceptance == null ? null : acceptance.diagnosisCode());
    var who = caller.get();
    var referral =
        referrals
            .findForUpdate(referralId, who.centres())
            .orElseThrow(() -> DomainException.notFound("Referral", referralId));
    var episode = Episode.openFrom(referral, diagnosis, who.subject(), Instant.now());
    episodes.add(episode);
    return EpisodeView.of(episode, episodes.dyadOf(episode));
  }

  @RolesAllowed(Roles.CLINICIAN)
  public EpisodeView clinicalView(UUID id) {
    var episode = find(id);
    return EpisodeView.of(episode, episodes.dyadOf(episode));
  }

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER})
  public EpisodeSummary summary(UUID id) {
    var episode = find(id);
    return EpisodeSummary.of(episode, episodes.dyadOf(episode));
  }

  private Episode find(UUID id) {
    return episodes
        .find(id, caller.get().centres())
        .orElseThrow(() -> DomainException.notFound("Episode", id));
  }

  private static Icd11Code provisionalDiagnosis(String code) {
    if (code == null || code.isBlank()) {
      return Icd11Code.RAD;
    }
    var diagnosis = Icd11Code.fromCode(code);
    if (diagnosis == null) {
      throw DomainException.invalid(
          "diagnosisCode",
          "'"
              + code
              + "' is not a diagnosis this service treats; use one of "
              + Icd11Code.allowed()
              + ".");
    }
    return diagnosis;
  }
}
