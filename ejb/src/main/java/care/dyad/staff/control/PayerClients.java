package care.dyad.staff.control;

import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * A payer partner's machine client in Keycloak: confidential, client-credentials only, with a
 * service account holding the {@code payer} role, and mappers that put the API's audience and the
 * payer's id ({@code payer_id}) into its tokens. Created disabled and enabled when complete, like
 * staff accounts.
 */
@ApplicationScoped
public class PayerClients {

  @Inject KeycloakAdmin keycloak;

  public static String clientIdOf(String payerId) {
    return "payer-" + payerId;
  }

  /** The client as Keycloak holds it, if it exists. */
  public Optional<ClientRepresentation> find(String payerId) {
    return keycloak.call(
        realm -> realm.clients().findByClientId(clientIdOf(payerId)).stream().findFirst());
  }

  /**
   * Creates the client (or completes a disabled leftover of an interrupted attempt) and returns its
   * secret.
   */
  public String create(String payerId, String name, ClientRepresentation leftover) {
    var uuid = leftover != null ? leftover.getId() : createDisabled(payerId, name);
    try {
      return keycloak.call(
          realm -> {
            var client = realm.clients().get(uuid);
            var serviceAccount = client.getServiceAccountUser();
            realm
                .users()
                .get(serviceAccount.getId())
                .roles()
                .realmLevel()
                .add(List.of(realm.roles().get(Roles.PAYER).toRepresentation()));
            var secret = client.generateNewSecret().getValue();
            setEnabled(realm, uuid, true);
            return secret;
          });
    } catch (RuntimeException e) {
      keycloak.tryCall(realm -> realm.clients().get(uuid).remove());
      throw e;
    }
  }

  /** A new secret; the old one stops working at once. */
  public String rotateSecret(String payerId) {
    var uuid = uuidOf(payerId);
    return keycloak.call(realm -> realm.clients().get(uuid).generateNewSecret().getValue());
  }

  /** No more tokens for this client. */
  public void disable(String payerId) {
    var uuid = uuidOf(payerId);
    keycloak.call(
        realm -> {
          setEnabled(realm, uuid, false);
          return null;
        });
  }

  /** Undoes a creation whose database transaction did not commit. */
  public void removeAfterFailedCommit(String payerId) {
    keycloak.tryCall(
        realm ->
            realm
                .clients()
                .findByClientId(clientIdOf(payerId))
                .forEach(c -> realm.clients().get(c.getId()).remove()));
  }

  private String createDisabled(String payerId, String name) {
    var client = new ClientRepresentation();
    client.setClientId(clientIdOf(payerId));
    client.setName("Payer " + name + " (machine client)");
    client.setDescription("Payer integration for '" + payerId + "': client credentials only.");
    client.setEnabled(false);
    client.setProtocol("openid-connect");
    client.setPublicClient(false);
    client.setBearerOnly(false);
    client.setClientAuthenticatorType("client-secret");
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setFrontchannelLogout(false);
    client.setProtocolMappers(List.of(audienceMapper(), payerIdMapper(payerId)));
    return keycloak.call(
        realm -> {
          try (var response = realm.clients().create(client)) {
            if (response.getStatus() == 409) {
              throw DomainException.conflict(
                  "Keycloak already has a client '" + clientIdOf(payerId) + "'.");
            }
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  private static void setEnabled(RealmResource realm, String uuid, boolean enabled) {
    var client = realm.clients().get(uuid);
    var rep = client.toRepresentation();
    rep.setEnabled(enabled);
    client.update(rep);
  }

  private String uuidOf(String payerId) {
    return find(payerId)
        .map(ClientRepresentation::getId)
        .orElseThrow(
            () ->
                DomainException.conflict(
                    "Keycloak has no client '"
                        + clientIdOf(payerId)
                        + "'; it was removed there. Register the partner again."));
  }

  private static ProtocolMapperRepresentation audienceMapper() {
    return mapper(
        "audience dyadcare-api",
        "oidc-audience-mapper",
        Map.of(
            "included.client.audience", "dyadcare-api",
            "access.token.claim", "true",
            "introspection.token.claim", "true",
            "id.token.claim", "false"));
  }

  private static ProtocolMapperRepresentation payerIdMapper(String payerId) {
    return mapper(
        "payer_id",
        "oidc-hardcoded-claim-mapper",
        Map.of(
            "claim.name", "payer_id",
            "claim.value", payerId,
            "jsonType.label", "String",
            "access.token.claim", "true",
            "introspection.token.claim", "true",
            "id.token.claim", "false"));
  }

  private static ProtocolMapperRepresentation mapper(
      String name, String type, Map<String, String> config) {
    var mapper = new ProtocolMapperRepresentation();
    mapper.setName(name);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper(type);
    mapper.setConfig(config);
    return mapper;
  }
}
