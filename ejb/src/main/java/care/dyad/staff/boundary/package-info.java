/**
 * Centre administration: staff accounts, centres and payer partners, kept in step between this
 * system's records and Keycloak (through its Admin API). Only centre admins may call it.
 */
package care.dyad.staff.boundary;
