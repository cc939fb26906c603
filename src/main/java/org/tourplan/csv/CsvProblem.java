package org.tourplan.csv;

import org.tourplan.scenario.Text;

/**
 * One thing wrong with a record file.
 *
 * @param file    the file name as given
 * @param line    1-based line where the row (or the value) starts; 0 for the file as a whole
 * @param column  1-based column number, 0 when the problem is with the row or the file
 * @param name    the column's header name, or null with column 0
 * @param message what was found and what was expected; text from the file is quoted and escaped
 */
public record CsvProblem(String file, long line, int column, String name, String message) {

  /** {@code checkins.csv:14: column 4 (persons): found "0", expected a whole number from 1 to 1000}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(Text.escape(file));
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (column > 0) {
      b.append("column ").append(column);
      if (name != null) {
        b.append(" (").append(Text.shorten(name)).append(')');
      }
      b.append(": ");
    }
    return b.append(message).toString();
  }
}
