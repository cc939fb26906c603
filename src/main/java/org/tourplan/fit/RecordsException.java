package org.tourplan.fit;

import java.util.List;
import org.tourplan.csv.CsvException;

/** Record files with problems: each file's, in the order given (check-ins, then zones). Nothing is fitted. */
public final class RecordsException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<CsvException> files;

  /** The files' problems. */
  public RecordsException(List<CsvException> files) {
    super(files.get(0).getMessage());
    this.files = List.copyOf(files);
  }

  /** Each file with problems. */
  public List<CsvException> files() {
    return files;
  }

  /** Problems in all files. */
  public long total() {
    return files.stream().mapToLong(CsvException::total).sum();
  }
}
