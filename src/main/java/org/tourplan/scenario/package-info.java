/**
 * The scenario model: the validated, immutable records a scenario file becomes ({@code Scenario}, {@code Zone},
 * {@code Group}, {@code Schedule}, {@code Limits} with {@code LimitKind}, {@code Shuttles}, {@code Guides},
 * {@code Target}, {@code Demand}, {@code Season}, {@code PlanSpace}, {@code Distribution}, {@code TravelTable}; values
 * equal when their contents are; a {@code Scenario} is built with its builder and changed with {@code toBuilder()}),
 * the rules every scenario keeps so that a file can describe it ({@code ScenarioRules}), the bounds every number must
 * stay within, and the pure rules the model obeys wherever it is used: packing parties into vehicles
 * ({@code FirstFitDecreasing}), the worst fleet a group can need ({@code FleetCheck}), the guides a group needs
 * ({@code Guides.needed}) and whether every admissible group can be served ({@code Servability}), shared by the
 * loader, the planner and the simulation. Key paths and quoting in messages ({@code Paths}, {@code Text}) are here
 * because these rules name keys too. The meaning of every key is in {@code docs/contract.md}.
 *
 * <p>Owns: what a valid scenario is, as data and rules; reading and writing files is {@code format}'s. May import:
 * the JDK only; no other tourplan package.
 */
package org.tourplan.scenario;
