/**
 * The shared kernel: the few types every bounded context speaks — domain failures that the web
 * layer turns into problem answers, and the bootstrap that migrates the schema before Hibernate
 * validates it. Nothing here knows about a particular context.
 */
package care.dyad.shared;
