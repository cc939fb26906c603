package org.tourplan.format;

import org.tourplan.scenario.Text;

/**
 * One thing wrong with a scenario file.
 *
 * @param file    the file name as given to the loader
 * @param line    1-based line of the offending key or value, or null when unknown (or the file as a whole)
 * @param path    key path such as {@code zones.line-2.capacity} or {@code schedule.days.SAT[1]} (list indexes are
 *                0-based), or null for problems with the file as a whole
 * @param message what was found and what was expected; any text taken from the file is quoted and escaped
 */
public record Problem(String file, Integer line, String path, String message) {

  /** {@code beijing.yaml:14: zones.line-2.capacity: found -5, expected an integer >= 1}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(Text.escape(file));
    if (line != null) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (path != null && !path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(message).toString();
  }
}
