package org.tourplan.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one file, collected while it is read: every one is counted, the first {@link #cap} are kept with
 * their words, so that a file with a million bad rows still gives a readable answer ("and 999,950 more").
 */
public final class CsvProblems {
  /** Problems kept with their words, by default. */
  public static final int DEFAULT_CAP = 50;

  private final String file;
  private final int cap;
  private final List<CsvProblem> kept = new ArrayList<>();
  private long total;

  /** Problems of {@code file} (its name as the user gave it), keeping {@value #DEFAULT_CAP}. */
  public CsvProblems(String file) {
    this(file, DEFAULT_CAP);
  }

  /** Problems of {@code file}, keeping the first {@code cap}. */
  public CsvProblems(String file, int cap) {
    this.file = file;
    this.cap = cap;
  }

  /** The file's name as the user gave it. */
  public String file() {
    return file;
  }

  /** A problem with one cell. */
  public void cell(long line, int column, String columnName, String found, String expected) {
    add(new CsvProblem(file, line, column, columnName, found, expected));
  }

  /** A problem with a whole row (or, with line 0, the whole file). */
  public void row(long line, String message) {
    add(new CsvProblem(file, line, 0, null, null, message));
  }

  private void add(CsvProblem p) {
    total++;
    if (kept.size() < cap) {
      kept.add(p);
    }
  }

  /** Whether no problem was found. */
  public boolean isEmpty() {
    return total == 0;
  }

  /** Every problem found, including those not kept. */
  public long total() {
    return total;
  }

  /** The problems kept, in the order found (file order). */
  public List<CsvProblem> kept() {
    return List.copyOf(kept);
  }

  /** Throws a {@link CsvException} with every problem when there is any. */
  public void throwIfAny() throws CsvException {
    if (total > 0) {
      throw new CsvException(file, kept(), total);
    }
  }
}
