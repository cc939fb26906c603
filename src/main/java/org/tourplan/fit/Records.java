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
   * @throws CsvException with every problem found, when there is any
   */
  public static Records read(Scenario s, Path checkins, String checkinsName, Path zones, String zonesName)
      throws CsvException {
    CsvProblems problems = new CsvProblems();
    Tours tours = new Tours();
    Checkins c = Checkins.read(checkins, checkinsName, tours, problems);
    Visits v = zones == null ? null : Visits.read(zones, zonesName, new ArrayList<>(s.zones().keySet()), tours,
        problems);
    if (c != null && v != null) {
      crossCheck(tours, c, v, problems);
    }
    if (c != null && c.seen() == 0 && problems.isEmpty()) {
      problems.add(checkinsName, 0, 0, null, "the file has a header but no rows; expected one row per invited "
          + "party");
    }
    problems.throwIfAny();
    return new Records(tours, c, v);
  }

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
        problems.add(v.file(), v.line(i), 0, null, "the tour " + tours.name(t) + " has zone times but no check-in "
            + "in " + c.file() + "; expected every tour of the zone records among the check-ins");
      } else if (came[t] == 0) {
        problems.add(v.file(), v.line(i), 0, null, "the tour " + tours.name(t) + " has zone times, but none of its "
            + invited[t] + " parties showed in " + c.file() + "; expected a tour with visitors");
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
