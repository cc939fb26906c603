/**
 * The lottery that fills the tours (scenario format 4.1-4.2): new applicants each month, losers who return, a
 * uniform or preference-point draw, counted by cohort so that its cost does not depend on the number of applicants.
 *
 * <p>Owns: the draw and its exact samplers. Knows nothing of tours, months' timetables or reports. May import:
 * {@code engine} (random streams only).
 */
package org.tourplan.lottery;
