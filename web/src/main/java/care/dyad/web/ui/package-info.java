/**
 * Serves the browser UI: static pages and scripts from the WAR (signed in with Keycloak's code flow
 * + PKCE as the public client {@code dyadcare-ui}), the few settings the browser needs, and the
 * security headers that keep the pages to this origin and Keycloak.
 */
package care.dyad.web.ui;
