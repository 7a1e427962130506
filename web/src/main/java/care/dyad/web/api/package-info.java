/** The REST API under {@code /api}: JSON in, JSON out, problems (RFC 9457) on failure. */
package care.dyad.web.api;
