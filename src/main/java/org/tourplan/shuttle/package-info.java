/**
 * Shuttle planning with jsprit: the nominal ride requests of a day, the smallest fleet, vehicle rosters and
 * the rides no fleet can serve, as plain data.
 *
 * <p>Owns: everything that talks to jsprit. May import: {@code scenario}, {@code text} and jsprit. The tour model reads its
 * rosters as data; it never calls the solver. No charts here: the vehicle Gantt chart of a roster is the
 * report's.
 */
package org.tourplan.shuttle;
