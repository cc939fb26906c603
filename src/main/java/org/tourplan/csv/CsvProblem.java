package org.tourplan.csv;

/**
 * One problem in a CSV file, worded like a scenario file's: where (file, line, column and its name), what was found
 * and what was expected.
 *
 * @param file       the file as the user named it
 * @param line       1-based line the row starts on
 * @param column     1-based column (field number), or 0 when the problem is the whole row or file
 * @param columnName the column's header name, or null
 * @param found      what the cell held (shortened), or null when the problem is not about one value
 * @param expected   what was expected, or the whole message when {@code found} is null
 */
public record CsvProblem(String file, long line, int column, String columnName, String found, String expected) {
  /** Longest quoted value in a message; longer values are cut with an ellipsis. */
  static final int MAX_SHOWN = 60;

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(", line ").append(line);
    }
    if (column > 0) {
      b.append(", column ").append(column);
      if (columnName != null) {
        b.append(" (").append(columnName).append(')');
      }
    }
    b.append(": ");
    if (found != null) {
      b.append("found ").append(quote(found)).append("; expected ");
    }
    return b.append(expected).toString();
  }

  /** A value as a message shows it: quoted, cut to {@value #MAX_SHOWN} characters, nothing invisible. */
  public static String quote(String v) {
    if (v.isEmpty()) {
      return "nothing";
    }
    String s = v.length() > MAX_SHOWN ? v.substring(0, MAX_SHOWN - 1) + "…" : v;
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append('"').toString();
  }
}
