/**
 * Episodes: one course of care for one dyad, from an accepted referral to closure, coded with
 * ICD-11 (6B44 / 6B45), provisional until a clinician confirms it. Opening an episode is how a
 * referral is accepted.
 */
package care.dyad.episode;
