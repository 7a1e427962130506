/**
 * Staff and callers: who is acting, in which centres, for which payer. Later this context also
 * manages staff accounts through the Keycloak Admin API.
 */
package care.dyad.staff;
