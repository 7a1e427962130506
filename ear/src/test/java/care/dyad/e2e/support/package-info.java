/**
 * Support for the end-to-end tests: starting the real Keycloak and a fresh PostgreSQL database,
 * logging in demo users for real tokens, and a small HTTP client.
 */
package care.dyad.e2e.support;
