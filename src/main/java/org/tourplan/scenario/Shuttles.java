package org.tourplan.scenario;

/**
 * The shuttle fleet (contract 1, {@code shuttles}; semantics in 2.4).
 *
 * @param vehicles       number of vehicles (>= 1)
 * @param seats          persons per vehicle, seated (>= 1)
 * @param boardMinutes   minutes spent at the pickup before each ride (one draw per ride)
 * @param mode           how vehicles are assigned to groups
 * @param depot          zone where pooled and planned vehicles start
 * @param planIterations jsprit iterations per solve when shuttle rosters are planned (planned mode, and the
 *                       {@code shuttles} command)
 */
public record Shuttles(int vehicles, int seats, Distribution boardMinutes, Mode mode, String depot,
                       int planIterations) {
  /** Iterations per jsprit solve when the file does not say (see docs/scenario-format.md). */
  public static final int DEFAULT_PLAN_ITERATIONS = 500;

  /** The same fleet with another number of vehicles (plan iterations, mode and the rest kept). */
  public Shuttles withVehicles(int newVehicles) {
    return new Shuttles(newVehicles, seats, boardMinutes, mode, depot, planIterations);
  }

  /** The same fleet with another assignment mode (plan iterations and the rest kept). */
  public Shuttles withMode(Mode newMode) {
    return new Shuttles(vehicles, seats, boardMinutes, newMode, depot, planIterations);
  }

  /** A fleet with the default plan iterations (code that changes a fleet uses the withers, never this). */
  public Shuttles(int vehicles, int seats, Distribution boardMinutes, Mode mode, String depot) {
    this(vehicles, seats, boardMinutes, mode, depot, DEFAULT_PLAN_ITERATIONS);
  }

  /** Vehicle assignment policy. */
  public enum Mode {
    /** A group keeps its vehicles from its first pickup to the end of its tour. */
    DEDICATED,
    /** Each ride asks the whole fleet; idle vehicles drive empty to the pickup. */
    POOLED,
    /** Vehicles follow a roster planned in advance (jsprit) on nominal times; see docs/scenario-format.md. */
    PLANNED
  }
}
