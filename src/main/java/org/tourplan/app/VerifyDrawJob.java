package org.tourplan.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.csv.CsvException;
import org.tourplan.draw.ApplicantFile;
import org.tourplan.draw.Applicants;
import org.tourplan.draw.Draw;
import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.draw.DrawFiles;
import org.tourplan.report.draw.DrawJson;
import org.tourplan.report.draw.DrawRecord;
import org.tourplan.scenario.Scenario;

/**
 * The {@code draw --verify} use case: the record of a draw folder read back, the applicant file (whose SHA-256 must
 * be the record's) drawn again with the record's seed, tours and rule, and every published file compared with what
 * that draw gives, byte for byte, naming the first line that differs.
 *
 * @param record the record read
 * @param checks one per file, in the order checked
 * @param redraw the draw the seed gives
 */
public record VerifyDrawJob(DrawRecord record, List<FileCheck> checks, DrawResult redraw) {

  /**
   * One published file against the draw again.
   *
   * @param file       the file's name
   * @param same       whether it is byte for byte what the seed gives
   * @param difference the first difference in words, or null
   */
  public record FileCheck(String file, boolean same, String difference) { }

  /** Whether every file is what the seed gives. */
  public boolean same() {
    return checks.stream().allMatch(FileCheck::same);
  }

  /**
   * Verifies the draw in {@code dir}.
   *
   * @param applicants the applicant file, or null for the one the record names
   * @param scenario   the scenario given on the command line (its places in the record's month must be the
   *                   record's), or null
   * @throws DrawJob.BadInput when the record cannot be read, the applicant file is not the one drawn, or the
   *                          record's rules are not this tourplan's
   * @throws CsvException     when the applicant file has problems
   */
  public static VerifyDrawJob run(Path dir, Path applicants, Scenario scenario) throws DrawJob.BadInput, CsvException {
    Path recordFile = dir.resolve(DrawJson.FILE);
    DrawRecord rec;
    try {
      rec = DrawJson.read(Files.readAllBytes(recordFile), recordFile.toString());
    } catch (IOException e) {
      throw new DrawJob.BadInput(recordFile + ": cannot be read (" + OutputFolder.reason(e) + "); expected the "
          + "folder of a draw, holding " + DrawJson.FILE);
    } catch (DrawRecord.Unreadable e) {
      throw new DrawJob.BadInput(e.getMessage());
    }
    if (!Draw.ALGORITHM.equals(rec.algorithm())) {
      throw new DrawJob.BadInput(recordFile + ": drawn under the rules " + rec.algorithm() + " (tourplan "
          + rec.version() + "); this tourplan checks " + Draw.ALGORITHM + " only: use the version that drew");
    }
    Path file = applicants != null ? applicants : Path.of(rec.applicantsFile());
    byte[] bytes = DrawJob.bytes(file);
    String sha = ApplicantFile.sha256(bytes);
    if (!sha.equals(rec.sha256())) {
      throw new DrawJob.BadInput(file + ": its SHA-256 is " + sha + ", but the draw was made from a file whose "
          + "SHA-256 is " + rec.sha256() + "; expected the very file that was drawn");
    }
    List<FileCheck> checks = new ArrayList<>();
    if (scenario != null) {
      try {
        Places places = DrawJob.places(scenario, rec.places().month());
        if (!places.equals(rec.places())) {
          checks.add(new FileCheck("the scenario", false, placesDifference(places, rec.places())));
        } else {
          checks.add(new FileCheck("the scenario", true, null));
        }
      } catch (DrawJob.BadInput e) {
        checks.add(new FileCheck("the scenario", false, "it has no month " + rec.places().month()));
      }
    }
    Applicants a = ApplicantFile.read(file.toString(), bytes, rec.places());
    DrawResult d = Draw.run(rec.places(), a, rec.seed());
    Map<String, byte[]> csv = DrawFiles.all(d);
    Map<String, byte[]> expected = new LinkedHashMap<>(csv);
    expected.put(DrawJson.FILE, DrawJson.bytes(d, rec.version(), rec.scenario(), rec.applicantsFile(), csv));
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      checks.add(compare(dir.resolve(e.getKey()), e.getKey(), e.getValue()));
    }
    return new VerifyDrawJob(rec, List.copyOf(checks), d);
  }

  private static String placesDifference(Places given, Places recorded) {
    if (!given.month().equals(recorded.month())) {
      return "the scenario's month is " + given.month() + ", the record's " + recorded.month();
    }
    if (!given.tours().equals(recorded.tours())) {
      for (int t = 0; t < Math.min(given.tours().size(), recorded.tours().size()); t++) {
        if (!given.tours().get(t).equals(recorded.tours().get(t))) {
          return "tour " + (t + 1) + " is " + given.tours().get(t).date() + " " + given.tours().get(t).start()
              + " in the scenario but " + recorded.tours().get(t).date() + " " + recorded.tours().get(t).start()
              + " in the record";
        }
      }
      return "the scenario has " + given.tours().size() + " tours in " + given.month() + ", the record "
          + recorded.tours().size();
    }
    return "the scenario's places (" + given.partiesPerTour() + " parties, " + given.maxPersons() + " persons, "
        + "parties of up to " + given.largestParty() + ", " + given.vehicles() + " x " + given.seats() + " seats, "
        + given.rule().words() + ") are not the record's (" + recorded.partiesPerTour() + ", "
        + recorded.maxPersons() + ", " + recorded.largestParty() + ", " + recorded.vehicles() + " x "
        + recorded.seats() + ", " + recorded.rule().words() + ")";
  }

  /** The published file against the bytes the seed gives: the first line that differs, in words. */
  static FileCheck compare(Path published, String name, byte[] expected) {
    byte[] actual;
    try {
      actual = Files.readAllBytes(published);
    } catch (IOException e) {
      return new FileCheck(name, false, "missing or unreadable (" + OutputFolder.reason(e) + ")");
    }
    if (java.util.Arrays.equals(actual, expected)) {
      return new FileCheck(name, true, null);
    }
    String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(a.length, e.length); i++) {
      String x = i < a.length ? a[i] : null;
      String y = i < e.length ? e[i] : null;
      if (x == null || y == null || !x.equals(y)) {
        return new FileCheck(name, false, "line " + (i + 1) + ": published " + shown(x) + ", the seed gives "
            + shown(y));
      }
    }
    return new FileCheck(name, false, "the bytes differ (line ends or encoding)");
  }

  private static String shown(String line) {
    if (line == null) {
      return "nothing (the file ends)";
    }
    String s = line.length() > 120 ? line.substring(0, 119) + "…" : line;
    return "\"" + s + "\"";
  }
}
