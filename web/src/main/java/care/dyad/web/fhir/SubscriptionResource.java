package care.dyad.web.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import care.dyad.export.boundary.PayerSubscriptions;
import care.dyad.export.boundary.PayerSubscriptions.EndpointView;
import care.dyad.fhir.Fhir;
import care.dyad.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.hl7.fhir.r4.model.Subscription.SubscriptionStatus;

/**
 * A payer's pushed-delivery endpoint as a FHIR R4 rest-hook Subscription: outcome bundles of its
 * members' episodes are POSTed to {@code channel.endpoint} as transaction Bundles.
 */
@Path("Subscription")
@Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
public class SubscriptionResource {

  static final String CRITERIA = "EpisodeOfCare?";

  @Inject PayerSubscriptions subscriptions;
  @Context UriInfo uri;

  /** Registers, or replaces, the caller's one subscription. */
  @POST
  @Consumes({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
  public Response register(String body) {
    var request = parse(body);
    if (request.getChannel().getType() != SubscriptionChannelType.RESTHOOK) {
      throw DomainException.invalid(
          "channel.type", "channel.type must be rest-hook: bundles are POSTed to your endpoint.");
    }
    if (request.hasCriteria() && !CRITERIA.equals(request.getCriteria().trim())) {
      throw DomainException.invalid(
          "criteria",
          "criteria must be "
              + CRITERIA
              + ": deliveries are the outcome bundles of your members' episodes; narrower"
              + " criteria are not supported.");
    }
    var payload = request.getChannel().getPayload();
    if (payload != null && !isJson(payload)) {
      throw DomainException.invalid(
          "channel.payload",
          "channel.payload must be " + FhirMediaTypes.FHIR_JSON + ": bundles are sent as JSON.");
    }
    String authorization = null;
    for (var header : request.getChannel().getHeader()) {
      var value = header.getValue();
      if (value != null && value.toLowerCase(Locale.ROOT).startsWith("authorization:")) {
        authorization = value.substring("authorization:".length()).trim();
        if (authorization.chars().anyMatch(Character::isISOControl)) {
          throw DomainException.invalid(
              "channel.header",
              "The Authorization header may not contain control characters (line breaks, NUL).");
        }
      } else {
        throw DomainException.invalid(
            "channel.header", "Only an 'Authorization: …' header can be sent with deliveries.");
      }
    }
    var view = subscriptions.register(request.getChannel().getEndpoint(), authorization);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("Subscription")
                .path(view.subscriptionId().toString())
                .build())
        .entity(resource(view))
        .build();
  }

  /** The caller's subscription, as a searchset of zero or one. */
  @GET
  public Bundle search() {
    var bundle = new Bundle().setType(BundleType.SEARCHSET);
    subscriptions.current().ifPresent(view -> bundle.addEntry().setResource(resource(view)));
    bundle.setTotal(bundle.getEntry().size());
    return bundle;
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") UUID id) {
    subscriptions.remove(id);
    return Response.noContent().build();
  }

  /** application/fhir+json or application/json, with any parameters and in any case. */
  private static boolean isJson(String payload) {
    try {
      var type = MediaType.valueOf(payload.trim());
      return "application".equalsIgnoreCase(type.getType())
          && ("fhir+json".equalsIgnoreCase(type.getSubtype())
              || "json".equalsIgnoreCase(type.getSubtype()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Subscription parse(String body) {
    if (body == null || body.isBlank()) {
      throw DomainException.invalid("body", "Send a FHIR Subscription resource as JSON.");
    }
    try {
      return Fhir.parse(Subscription.class, body);
    } catch (DataFormatException e) {
      throw DomainException.invalid("body", "The body is not a FHIR R4 Subscription in JSON.");
    }
  }

  private static Subscription resource(EndpointView view) {
    var subscription = new Subscription();
    subscription.setId(view.subscriptionId().toString());
    subscription.setStatus(SubscriptionStatus.ACTIVE);
    subscription.setReason("Outcome bundles of covered members' episodes at reportable points");
    subscription.setCriteria(CRITERIA);
    subscription.getMeta().setLastUpdated(Date.from(view.registeredAt()));
    subscription
        .getChannel()
        .setType(SubscriptionChannelType.RESTHOOK)
        .setEndpoint(view.url())
        .setPayload(FhirMediaTypes.FHIR_JSON);
    return subscription;
  }
}
