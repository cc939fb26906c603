package org.tourplan.tour;

import java.util.List;

/**
 * One metric of a simulated month (contract 2.6): its position in a month's value array and its path in the results
 * file. Paths are segment lists, not dotted strings, because zone ids may themselves contain dots.
 *
 * @param index position in the values array of a month
 * @param path  key path in {@code metrics}, e.g. [zones, line-1, meanWaitMinutes]
 */
public record Metric(int index, List<String> path) {
  /** The path joined with dots, for messages and tables. */
  public String dotted() {
    return String.join(".", path);
  }
}
