package org.tourplan.csv;

import java.util.List;
import java.util.Locale;

/** A CSV file that cannot be used: every problem found (the first ones with their words) and how many there were. */
public final class CsvException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<CsvProblem> problems;
  private final long total;

  /** The problems of {@code file}: {@code problems} kept of {@code total}. */
  public CsvException(String file, List<CsvProblem> problems, long total) {
    super(problems.isEmpty() ? file + ": " + total + " problems" : problems.get(0).toString());
    this.file = file;
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** The problems kept with their words, in file order. */
  public List<CsvProblem> problems() {
    return problems;
  }

  /** Every problem found. */
  public long total() {
    return total;
  }

  /** "and 12 more problems (62 in all)" when some were not kept, else null. */
  public String skipped() {
    long more = total - problems.size();
    if (more <= 0) {
      return null;
    }
    return String.format(Locale.ROOT, "... and %,d more %s (%,d in all)", more, more == 1 ? "problem" : "problems",
        total);
  }
}
