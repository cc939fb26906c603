package org.tourplan.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.csv.CsvException;
import org.tourplan.csv.CsvProblems;
import org.tourplan.scenario.Scenario;

/**
 * A site's records, read and checked against each other: the check-ins, the zone times (optional) and the tours
 * they name. Besides each file's own problems ({@link Checkins}, {@link Visits}), a tour with zone times must have
 * check-ins, and at least one party of it must have shown: zone times of a tour nobody came to are an error in one of
 * the two files. Every problem of both files is reported at once.
 *
 * @param tours    the tours named in either file
 * @param checkins the check-in records
 * @param visits   the zone records, or null when none were given
 */
public record Records(Tours tours, Checkins checkins, Visits visits) {

  /**
   * Reads both files; {@code checkinsName} and {@code zonesName} name them in messages; {@code zones} may be null.
   *
   * @throws RecordsException with every problem of every file, when there is any
   */
  public static Records read(Scenario s, Path checkins, String checkinsName, Path zones, String zonesName)
      throws RecordsException {
    CsvProblems cp = new CsvProblems(checkinsName, CAP);
    CsvProblems zp = zones == null ? null : new CsvProblems(zonesName, CAP);
    Tours tours = new Tours();
    Checkins c = Checkins.read(checkins, tours, cp);
    Visits v = zones == null ? null : Visits.read(zones, new ArrayList<>(s.zones().keySet()), tours, zp);
    if (c != null && c.seen() == 0 && cp.isEmpty()) {
      cp.row(0, "the file has a first line but no rows; expected one row per invited party");
    }
    if (c != null && v != null && cp.isEmpty()) {
      crossCheck(tours, c, v, zp);
    }
    List<CsvException> failed = new ArrayList<>();
    for (CsvProblems p : zp == null ? List.of(cp) : List.of(cp, zp)) {
      try {
        p.throwIfAny();
      } catch (CsvException e) {
        failed.add(e);
      }
    }
    if (!failed.isEmpty()) {
      throw new RecordsException(failed);
    }
    return new Records(tours, c, v);
  }

  /** Problems kept with their words per file; the rest are counted. */
  public static final int CAP = 100;

  private static void crossCheck(Tours tours, Checkins c, Visits v, CsvProblems problems) {
    int[] invited = new int[tours.count()];
    int[] came = new int[tours.count()];
    for (int i = 0; i < c.rows(); i++) {
      invited[c.tour(i)]++;
      came[c.tour(i)] += c.showed(i) ? 1 : 0;
    }
    int lastTour = -1;
    for (int k = 0; k < v.rows(); k++) {
      int i = v.row(k);
      int t = v.tour(i);
      if (t == lastTour) {
        continue; // one message a tour, at its first row in entry order
      }
      lastTour = t;
      if (invited[t] == 0) {
        problems.row(v.line(i), "the tour " + tours.name(t) + " has zone times but no check-in in " + c.file()
            + "; expected every tour of the zone records among the check-ins");
      } else if (came[t] == 0) {
        problems.row(v.line(i), "the tour " + tours.name(t) + " has zone times, but none of its " + invited[t]
            + " parties showed in " + c.file() + "; expected a tour with visitors");
      }
    }
  }

  /** The check-in rows of each tour, in file order (invitation order). */
  public List<int[]> rowsByTour() {
    int[] count = new int[tours.count()];
    for (int i = 0; i < checkins.rows(); i++) {
      count[checkins.tour(i)]++;
    }
    List<int[]> out = new ArrayList<>(tours.count());
    for (int t = 0; t < tours.count(); t++) {
      out.add(new int[count[t]]);
    }
    int[] fill = new int[tours.count()];
    for (int i = 0; i < checkins.rows(); i++) {
      int t = checkins.tour(i);
      out.get(t)[fill[t]++] = i;
    }
    return out;
  }
}
