package org.tourplan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --pdf}, shared by the commands that write a page: the page laid out on A4 as report.pdf (a mixin). */
final class PdfOption {
  @Option(names = "--pdf", description = "Also write report.pdf next to the page's index.html: the same page laid "
      + "out on A4 pages, one file to send.")
  boolean pdf;

  /** Steps the PDF adds to the command's progress. */
  int steps() {
    return pdf ? 1 : 0;
  }

  /** Writes report.pdf into the finished folder {@code dir} when asked (a step of {@code progress}), or null. */
  Path write(StepsProgress progress, Path dir) {
    if (!pdf) {
      return null;
    }
    progress.step("laying out report.pdf");
    return Pdf.write(dir);
  }
}
