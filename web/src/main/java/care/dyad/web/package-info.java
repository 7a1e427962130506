/**
 * The web layer: JAX-RS applications for the REST API ({@code /api}) and the payer FHIR API ({@code
 * /fhir}). It authenticates (Keycloak bearer tokens, validated by WildFly's OIDC client),
 * translates HTTP to boundary calls and every failure to a clear answer; it decides nothing.
 */
package care.dyad.web;
