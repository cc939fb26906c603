package org.tourplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.tourplan.report.pdf.PdfReport;

/** The {@code --pdf} step shared by the commands that write a report folder. */
final class Pdf {
  private Pdf() {
  }

  /** Writes {@code dir/report.pdf} from the finished folder; a failure is the user's error, the HTML stays. */
  static Path write(Path dir) {
    try {
      return PdfReport.write(dir);
    } catch (IOException e) {
      throw new UserError("cannot write " + PdfReport.FILE + " in " + Text.safe(dir.toString()) + ": "
          + Text.safe(String.valueOf(e.getMessage())) + "; the HTML report there is complete");
    }
  }
}
