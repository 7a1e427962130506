/**
 * End-to-end tests: the EAR deployed to WildFly, against PostgreSQL and the real Keycloak, with
 * tokens from real logins of the demo users and payer clients.
 */
package care.dyad.e2e;
