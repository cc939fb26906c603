package org.tourplan.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one or more record files: the first {@value #CAP} are kept with their text, the rest are
 * counted, so a file of a million bad rows neither floods the terminal nor fills the memory.
 */
public final class CsvProblems {
  /** Problems kept with their text; beyond this only the count grows. */
  public static final int CAP = 100;
  private final List<CsvProblem> kept = new ArrayList<>();
  private long total;

  /** Adds a problem. */
  public void add(CsvProblem p) {
    total++;
    if (kept.size() < CAP) {
      kept.add(p);
    }
  }

  /** Adds a problem of {@code file} at {@code line}, {@code column} ({@code name}). */
  public void add(String file, long line, int column, String name, String message) {
    total++;
    if (kept.size() < CAP) {
      kept.add(new CsvProblem(file, line, column, name, message));
    }
  }

  /** Whether no problem was found. */
  public boolean isEmpty() {
    return total == 0;
  }

  /** How many problems were found. */
  public long total() {
    return total;
  }

  /** Throws the problems found, sorted by file (in the order first seen), line and column; nothing if none. */
  public void throwIfAny() throws CsvException {
    if (total == 0) {
      return;
    }
    List<String> files = new ArrayList<>();
    for (CsvProblem p : kept) {
      if (!files.contains(p.file())) {
        files.add(p.file());
      }
    }
    List<CsvProblem> sorted = new ArrayList<>(kept);
    sorted.sort(Comparator.comparingInt((CsvProblem p) -> files.indexOf(p.file())).thenComparingLong(CsvProblem::line)
        .thenComparingInt(CsvProblem::column));
    throw new CsvException(sorted, total);
  }
}
