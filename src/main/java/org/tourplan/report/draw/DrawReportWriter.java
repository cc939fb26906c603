package org.tourplan.report.draw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tourplan.draw.DrawResult;
import org.tourplan.output.AtomicFiles;
import org.tourplan.output.OutputFolder;

/**
 * Writes a draw's folder, all or nothing ({@link OutputFolder#draw}): the three CSV files, {@code draw.json} and
 * {@code index.html}.
 */
public final class DrawReportWriter {
  private DrawReportWriter() {
  }

  /** The draw's folder under {@code out} (checked by the caller before the work). */
  public static OutputFolder folder(Path out, String scenario, DrawResult d) {
    return OutputFolder.draw(out, scenario, d.places().month(), d.applicants().sha256(), d.seed());
  }

  /**
   * Writes the draw into {@code folder} and returns the folder's path.
   *
   * @param version        the tourplan version, for the record
   * @param applicantsFile the applicant file as named on the command line, for the record
   */
  public static Path write(DrawResult d, String scenario, String version, String applicantsFile,
                           OutputFolder folder) throws IOException {
    java.util.Map<String, byte[]> csv = DrawFiles.all(d);
    byte[] record = DrawJson.bytes(d, version, scenario, applicantsFile, csv);
    byte[] page = DrawPage.html(d, scenario).getBytes(StandardCharsets.UTF_8);
    return folder.write(dir -> {
      for (var f : csv.entrySet()) {
        AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
      }
      AtomicFiles.write(dir.resolve(DrawJson.FILE), record);
      AtomicFiles.write(dir.resolve("index.html"), page);
    });
  }
}
