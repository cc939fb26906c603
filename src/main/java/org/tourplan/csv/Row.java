package org.tourplan.csv;

import java.util.List;

/**
 * One row of a CSV file while its handler reads it (the object is reused for the next row). Cell readers parse a
 * value and, when it is not what is expected, record a problem naming line, column and value, and return a
 * sentinel; the caller goes on, so every problem of a file is found in one reading.
 */
public final class Row {
  private final Header header;
  private final CsvProblems problems;
  private long line;
  private List<String> values;

  Row(Header header, CsvProblems problems) {
    this.header = header;
    this.problems = problems;
  }

  void set(long line, List<String> values) {
    this.line = line;
    this.values = values;
  }

  /** The line the row starts on (1-based). */
  public long line() {
    return line;
  }

  /** The file's header. */
  public Header header() {
    return header;
  }

  /** The problems of the file, for checks the caller makes itself. */
  public CsvProblems problems() {
    return problems;
  }

  /** The value of column {@code name} without surrounding spaces; "" when empty or when the file lacks it. */
  public String text(String name) {
    int i = header.index(name);
    if (i < 0 || i >= values.size()) {
      return "";
    }
    return values.get(i).strip();
  }

  /** Records a problem with the value of column {@code name}: found what {@link #text} returns, expected. */
  public void problem(String name, String expected) {
    int i = header.index(name);
    problems.cell(line, i + 1, name, text(name), expected);
  }

  /**
   * A whole number in [min, max] in column {@code name}, or {@code empty} when the cell is empty and
   * {@code empty} is not {@link Long#MIN_VALUE} (an optional value); otherwise a problem and
   * {@link Long#MIN_VALUE}.
   */
  public long integer(String name, long min, long max, long empty, String expected) {
    String v = text(name);
    if (v.isEmpty()) {
      if (empty != Long.MIN_VALUE) {
        return empty;
      }
      problem(name, expected);
      return Long.MIN_VALUE;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      problem(name, expected);
      return Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      problem(name, expected);
      return Long.MIN_VALUE;
    }
    return n;
  }
}
