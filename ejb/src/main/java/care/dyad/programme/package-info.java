/**
 * Catalogues kept as data: measurement instruments (scale, direction of improvement, cut-off,
 * reliable-change threshold) and, later, programmes with their defined dose.
 */
package care.dyad.programme;
