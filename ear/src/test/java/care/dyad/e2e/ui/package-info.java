/**
 * Browser tests: the web UI in Debian's headless Chromium against the real stack (WildFly,
 * PostgreSQL, Keycloak's own sign-in page). Each saves screenshots of the pages it visits.
 */
package care.dyad.e2e.ui;
