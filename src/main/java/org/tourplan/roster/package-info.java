/**
 * Shuttle rosters as plain data: the nominal ride requests of a day ({@code RideRequest}), each ride with its plan
 * ({@code PlannedRide}), the legs of a vehicle's day ({@code Leg}, {@code VehicleRoster}), the rides a fleet cannot
 * serve and why ({@code UnservedRide}), the plan of a date and of a month ({@code DayPlan}, {@code FleetPlan}), and
 * the dates that share one plan ({@code DayType}). {@code shuttle} makes them with jsprit; the tour model's planned
 * fleet, the report and the terminal read them, without seeing the solver.
 *
 * <p>Owns: what a roster is. May import: the JDK only; no other tourplan package.
 */
package org.tourplan.roster;
