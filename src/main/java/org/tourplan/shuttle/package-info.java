/**
 * Shuttle planning with jsprit: from a scenario's timetable, the nominal ride requests of each day, the smallest
 * fleet, the rosters of a given fleet and the rides no fleet can serve, returned as {@code roster} data.
 *
 * <p>Owns: everything that talks to jsprit. May import: {@code roster}, {@code scenario}, {@code text} and jsprit.
 * The tour model reads the rosters as data and never sees this package. No charts here: the vehicle Gantt chart of a
 * roster is the report's.
 */
package org.tourplan.shuttle;
