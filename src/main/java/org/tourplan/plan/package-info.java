/**
 * The capacity planner: the frames of a file's plan space, their costs, exact targets from check-in draws, start
 * times designed per class of day on simulated days ({@code Designer}, {@code DayJudge}), the chance constraint
 * tested on fresh months ({@code Confirmer} with {@code run.SequentialTest}), the diagnosis when nothing is feasible
 * ({@code Diagnosis}), the frontier and the recommendation; {@code PlanProblem} plans several months at once.
 *
 * <p>Owns: choosing the cheapest safe timetable. May import: {@code run}, {@code verdict}, {@code tour},
 * {@code shuttle}, {@code scenario}, {@code text}.
 */
package org.tourplan.plan;
