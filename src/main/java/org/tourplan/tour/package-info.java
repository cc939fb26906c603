/**
 * The tour model on the engine: the calendar of a month's tours, each group as a state machine (check-in,
 * guides, zones, rides), the dedicated, pooled and planned fleets, the month's metrics, and traces when asked.
 *
 * <p>Owns: the semantics of {@code docs/contract.md} section 2 for one month. May import: {@code engine},
 * {@code scenario}, and {@code roster} (the planned fleet's rosters, as data); never {@code shuttle}, which solves
 * them with jsprit.
 */
package org.tourplan.tour;
