package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.tourplan.csv.CsvException;
import org.tourplan.draw.ApplicantFile;
import org.tourplan.draw.Applicants;
import org.tourplan.draw.Draw;
import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.draw.DrawReportWriter;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Season;

/**
 * The {@code draw} use case: the month's places from the scenario, the applicant file read and checked, the draw
 * folder checked before the draw, the draw, and its folder written.
 *
 * @param result the draw
 * @param folder the folder written
 */
public record DrawJob(DrawResult result, Path folder) {
  /** Largest applicant file read (a million applicants take about 20 MB). */
  public static final long MAX_FILE_BYTES = 1L << 30;

  /** Input the draw cannot use (a month the scenario lacks, a file that cannot be read); the message says why. */
  public static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    /** A message for people. */
    public BadInput(String message) {
      super(message);
    }
  }

  /**
   * The places of {@code month} (null: the scenario's {@code month}); a season's month takes its phase's
   * timetable.
   */
  public static Places places(Scenario s, YearMonth month) throws BadInput {
    if (month == null || month.equals(s.month())) {
      return Places.of(s);
    }
    if (s.season() != null) {
      for (Season.Month m : s.season().months()) {
        if (m.month().equals(month)) {
          return Places.of(s.forMonth(m));
        }
      }
    }
    throw new BadInput("--month " + month + ": the scenario has no such month; expected " + s.month()
        + (s.season() == null ? "" : " or a month of its season, " + s.season().from() + " to " + s.season().to()));
  }

  /** The bytes of the applicant file (at most {@link #MAX_FILE_BYTES}). */
  public static byte[] bytes(Path file) throws BadInput {
    try {
      if (!Files.isRegularFile(file)) {
        throw new BadInput(file + ": " + (Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "not a regular file"
            : "no such file") + "; expected the applicant file (CSV)");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new BadInput(file + ": " + Files.size(file) + " bytes; expected at most " + MAX_FILE_BYTES);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInput(file + ": cannot be read: " + OutputFolder.reason(e));
    }
  }

  /**
   * Draws the winners of {@code places} among the applicants of {@code file} with {@code seed} and writes the draw
   * folder under {@code out}; the folder is checked before the draw (nothing is drawn when it may not be written).
   *
   * @param scenario  the scenario's name
   * @param inputs    the run's input files (a folder holding one is never replaced)
   * @param version   the tourplan version, for the record
   * @throws CsvException       with every problem of the applicant file
   * @throws OutputFolder.Refused when the folder may not be replaced
   * @throws IOException        when the folder cannot be written
   */
  public static DrawJob run(String scenario, Places places, Path file, long seed, Path out, List<Path> inputs,
                            String version, Progress progress) throws BadInput, CsvException, IOException {
    progress.steps(3);
    progress.step("reading the applicants");
    byte[] bytes = bytes(file);
    Applicants a = ApplicantFile.read(file.toString(), bytes, places);
    OutputFolder folder = OutputFolder.draw(out, scenario, places.month(), a.sha256(), seed);
    folder.check(inputs);
    progress.step("drawing " + a.size() + " applicants");
    DrawResult d = Draw.run(places, a, seed);
    progress.step("writing the draw");
    Path dir = DrawReportWriter.write(d, scenario, version, file.toString(), folder);
    return new DrawJob(d, dir);
  }
}
