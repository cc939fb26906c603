package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A results file ({@code --json}) that could not be written, told apart from a report folder that could not be:
 * the command says "cannot write FILE: reason" for the one and the folder's own message for the other.
 */
public final class ResultsFileFailed extends IOException {
  private final Path file;

  ResultsFileFailed(Path file, IOException cause) {
    super("cannot write " + file, cause);
    this.file = file;
  }

  /** The results file. */
  public Path file() {
    return file;
  }

  /** Why it could not be written. */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }

  /** Writes a results file, wrapping its failure. */
  interface Writer {
    void write() throws IOException;
  }

  static void write(Path file, Writer w) throws ResultsFileFailed {
    if (file == null) {
      return;
    }
    try {
      w.write();
    } catch (IOException e) {
      throw new ResultsFileFailed(file, e);
    }
  }
}
