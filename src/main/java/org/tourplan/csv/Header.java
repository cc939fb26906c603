package org.tourplan.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The first row of a CSV file: which known column sits at which position. */
public final class Header {
  private final List<String> names;
  private final List<String> known;
  private final int[] position; // by index into known: position in the row, or -1

  private Header(List<String> names, List<String> known, int[] position) {
    this.names = names;
    this.known = known;
    this.position = position;
  }

  static Header of(List<String> values, long line, CsvReader.Columns columns, CsvProblems problems) {
    List<String> known = columns.all();
    int[] position = new int[known.size()];
    java.util.Arrays.fill(position, -1);
    List<String> names = new ArrayList<>();
    long before = problems.total();
    for (int i = 0; i < values.size(); i++) {
      String name = values.get(i).strip();
      String key = name.toLowerCase(Locale.ROOT);
      names.add(key);
      int k = known.indexOf(key);
      if (k < 0) {
        problems.cell(line, i + 1, null, name, "one of the columns " + columns.describe() + " (the first line "
            + "names the columns; no other column is read, so a file with more must have them removed first)");
      } else if (position[k] >= 0) {
        problems.cell(line, i + 1, null, name, "each column once (it is column " + (position[k] + 1) + " too)");
      } else {
        position[k] = i;
      }
    }
    for (String r : columns.required()) {
      if (position[known.indexOf(r)] < 0) {
        problems.row(line, "the first line has no column '" + r + "'; expected the columns " + columns.describe());
      }
    }
    return problems.total() > before ? null : new Header(List.copyOf(names), known, position);
  }

  /** The columns in file order, lower case. */
  public List<String> names() {
    return names;
  }

  /** Number of columns. */
  public int size() {
    return names.size();
  }

  /** Whether the file has column {@code name}. */
  public boolean has(String name) {
    return index(name) >= 0;
  }

  /** 0-based position of column {@code name} in a row, or -1 when the file does not have it. */
  public int index(String name) {
    int k = known.indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("not a column of this file kind: " + name);
    }
    return position[k];
  }
}
