/**
 * The capacity planner: the candidates of a file's plan space, their costs, exact targets from check-in
 * draws, sequential sampling of limits, the frontier and the recommendation.
 *
 * <p>Owns: choosing the cheapest safe timetable. May import: {@code run}, {@code verdict}, {@code tour},
 * {@code shuttle}, {@code scenario}, {@code text}.
 */
package org.tourplan.plan;
