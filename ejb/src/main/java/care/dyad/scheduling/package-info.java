/**
 * Scheduling: booking the sessions of an episode with a clinician at a time, to the programme's
 * defined dose. Schedulers book; clinicians record what happened.
 */
package care.dyad.scheduling;
