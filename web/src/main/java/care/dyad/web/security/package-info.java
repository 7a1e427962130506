/** Turning the validated bearer token into the caller the domain sees. */
package care.dyad.web.security;
