package org.tourplan.scenario;

/**
 * The shuttle fleet (spec 1, {@code shuttles}; semantics in 2.4).
 *
 * @param vehicles     number of vehicles (>= 1)
 * @param seats        persons per vehicle, seated (>= 1)
 * @param boardMinutes minutes spent at the pickup before each ride (one draw per ride)
 * @param mode         how vehicles are assigned to groups
 * @param depot        zone where pooled vehicles start
 */
public record Shuttles(int vehicles, int seats, Distribution boardMinutes, Mode mode, String depot) {
  /** Vehicle assignment policy. */
  public enum Mode {
    /** A group keeps its vehicles from its first pickup to the end of its tour. */
    DEDICATED,
    /** Each ride asks the whole fleet; idle vehicles drive empty to the pickup. */
    POOLED
  }
}
