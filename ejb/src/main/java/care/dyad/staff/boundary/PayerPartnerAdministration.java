package care.dyad.staff.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import care.dyad.staff.boundary.AdminRequests.NewPayerPartner;
import care.dyad.staff.boundary.AdminRequests.PayerCredentials;
import care.dyad.staff.boundary.AdminRequests.PayerPartnerView;
import care.dyad.staff.control.KeycloakSettings;
import care.dyad.staff.control.PayerClients;
import care.dyad.staff.control.UndoUnlessCommitted;
import care.dyad.staff.entity.PayerPartner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Payer partners and their machine clients in Keycloak. The partner's FHIR group of covered members
 * follows from the coverage recorded on referrals; nothing is kept for it here.
 */
@Stateless
@RolesAllowed(Roles.CENTRE_ADMIN)
public class PayerPartnerAdministration {

  @Inject PayerClients clients;
  @Inject KeycloakSettings keycloak;
  @Inject UndoUnlessCommitted undo;
  @PersistenceContext EntityManager em;

  public List<PayerPartnerView> partners() {
    return em.createQuery("select p from PayerPartner p order by p.id", PayerPartner.class)
        .getResultStream()
        .map(PayerPartnerAdministration::view)
        .toList();
  }

  /** Registers the partner and returns its client's credentials, shown this once. */
  @Audited(action = "payer-partner.create", target = "payer-partner")
  public PayerCredentials register(
      @NotNull(message = "a JSON request body is required") @Valid NewPayerPartner request) {
    if (em.find(PayerPartner.class, request.id()) != null) {
      throw DomainException.conflict(
          "Payer partner '"
              + request.id()
              + "' already exists; rotate its secret to get new credentials.");
    }
    var leftover = clients.find(request.id()).orElse(null);
    if (leftover != null && Boolean.TRUE.equals(leftover.isEnabled())) {
      throw DomainException.conflict(
          "Keycloak already has a client '"
              + PayerClients.clientIdOf(request.id())
              + "' that this system did not create.");
    }
    var partner = PayerPartner.register(request.id(), request.name().trim());
    em.persist(partner);
    em.flush();
    var secret = clients.create(request.id(), partner.name(), leftover);
    undo.register(() -> clients.removeAfterFailedCommit(request.id()));
    return credentials(partner, secret);
  }

  /** A new client secret, shown this once; the old secret and its tokens stop working. */
  @Audited(action = "payer-partner.rotate-secret", target = "payer-partner")
  public PayerCredentials rotateSecret(String payerId) {
    var partner = active(payerId);
    var secret = clients.rotateSecret(payerId);
    // After Keycloak rotated: a token got with the old secret a moment earlier is refused too.
    partner.secretRotated(Instant.now());
    return credentials(partner, secret);
  }

  /** Ends the partnership: no more tokens, exports or pushes. */
  @Audited(action = "payer-partner.deactivate", target = "payer-partner")
  public PayerPartnerView deactivate(String payerId) {
    var partner = active(payerId);
    partner.deactivate(Instant.now());
    em.flush();
    clients.disable(payerId);
    return view(partner);
  }

  private PayerPartner active(String payerId) {
    var partner = em.find(PayerPartner.class, payerId);
    if (partner == null) {
      throw DomainException.notFound("Payer partner", payerId);
    }
    if (!partner.active()) {
      throw DomainException.conflict("Payer partner '" + payerId + "' is deactivated.");
    }
    return partner;
  }

  private PayerCredentials credentials(PayerPartner partner, String secret) {
    return new PayerCredentials(
        partner.id(), PayerClients.clientIdOf(partner.id()), secret, keycloak.tokenUrl());
  }

  private static PayerPartnerView view(PayerPartner partner) {
    return new PayerPartnerView(
        partner.id(), partner.name(), partner.active(), PayerClients.clientIdOf(partner.id()));
  }
}
