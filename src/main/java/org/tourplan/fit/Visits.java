package org.tourplan.fit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.tourplan.csv.CsvProblems;
import org.tourplan.csv.CsvReader;
import org.tourplan.scenario.Text;

/**
 * The zone records: one row per group and zone, {@code date,start,zone,entered,left}, as primitive columns. Times
 * are of the tour's date, {@code HH:MM} or {@code HH:MM:SS}; a time earlier than the tour's start is read as the next
 * day (a tour past midnight). Stored in seconds after the tour date's midnight.
 *
 * <p>Problems recorded while reading: a missing or unknown column, a bad date or time, a zone the scenario does not have (with
 * the nearest id as a suggestion, as the scenario loader does), {@code left} before {@code entered}, and a row that
 * repeats an earlier one (same tour, zone and entry time).
 */
public final class Visits {
  /** The columns, in the order the getters use. */
  public static final List<String> COLUMNS = List.of("date", "start", "zone", "entered", "left");
  private static final int DAY = 86_400;

  private final String file;
  private int rows;
  private int[] tour = new int[4096];
  private int[] zone = new int[4096];
  private int[] entered = new int[4096];
  private int[] left = new int[4096];
  private long[] line = new long[4096];
  private boolean seconds;

  private Visits(String file) {
    this.file = file;
  }

  /** The columns, for the CSV reader. */
  static final CsvReader.Columns FILE_COLUMNS = new CsvReader.Columns(COLUMNS, List.of());

  /**
   * Reads {@code path}; zone ids are those of {@code zoneIds} (row values are their indexes). Returns null when the
   * file could not be read at all.
   */
  public static Visits read(Path path, List<String> zoneIds, Tours tours, CsvProblems problems) {
    InputStream stream = Cells.open(path, problems);
    if (stream == null) {
      return null;
    }
    Visits v = new Visits(problems.file());
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < zoneIds.size(); i++) {
      ids.put(zoneIds.get(i), i);
    }
    Cells cells = new Cells();
    CsvReader.read(stream, FILE_COLUMNS, problems, r -> {
      int day = cells.date(r, "date");
      int start = Cells.time(r, "start", false);
      String id = Cells.text(r, "zone");
      Integer z = id == null ? null : ids.get(id);
      if (id != null && z == null) {
        String near = Text.nearest(id, zoneIds);
        r.problem("zone", "a zone of the scenario" + (near != null ? " (did you mean " + Text.key(near) + "?)"
            : ": " + Text.list(zoneIds)));
      }
      int in = Cells.time(r, "entered", true);
      int out = Cells.time(r, "left", true);
      v.seconds |= Cells.hasSeconds(r, "entered") || Cells.hasSeconds(r, "left");
      if (day == Cells.BAD || start == Cells.BAD || z == null || in == Cells.BAD || out == Cells.BAD) {
        return;
      }
      int enteredAt = in < start ? in + DAY : in;
      int leftAt = out < start ? out + DAY : out;
      if (leftAt < enteredAt) {
        r.problem("left", "a time at or after entered (" + r.text("entered") + ")"
            + (out < start && in >= start ? "; it is earlier than the tour's start, so it was read as the next day"
            : in < start && out >= start ? "; entered is earlier than the tour's start (" + r.text("start")
            + "), so it was read as the next day" : ""));
        return;
      }
      v.add(tours.of(day, start), z, enteredAt, leftAt, r.line());
    });
    v.duplicates(tours, zoneIds, problems);
    return v;
  }

  private void add(int t, int z, int in, int out, long at) {
    if (rows == tour.length) {
      int m = rows * 2;
      tour = Arrays.copyOf(tour, m);
      zone = Arrays.copyOf(zone, m);
      entered = Arrays.copyOf(entered, m);
      left = Arrays.copyOf(left, m);
      line = Arrays.copyOf(line, m);
    }
    tour[rows] = t;
    zone[rows] = z;
    entered[rows] = in;
    left[rows] = out;
    line[rows] = at;
    rows++;
  }

  /** Rows in tour and entry order (then by zone and line), the order rides are read in. */
  private int[] order;

  private void duplicates(Tours tours, List<String> zoneIds, CsvProblems problems) {
    // counting sort by tour, then each tour's few rows by entry (insertion sort): linear for a season's records
    int[] first = new int[tours.count() + 1];
    for (int i = 0; i < rows; i++) {
      first[tour[i] + 1]++;
    }
    for (int t = 0; t < tours.count(); t++) {
      first[t + 1] += first[t];
    }
    int[] idx = new int[rows];
    int[] fill = Arrays.copyOf(first, first.length);
    for (int i = 0; i < rows; i++) {
      idx[fill[tour[i]]++] = i;
    }
    for (int t = 0; t < tours.count(); t++) {
      for (int k = first[t] + 1; k < first[t + 1]; k++) {
        int x = idx[k];
        int j = k - 1;
        while (j >= first[t] && before(x, idx[j])) {
          idx[j + 1] = idx[j];
          j--;
        }
        idx[j + 1] = x;
      }
    }
    order = new int[rows];
    int kept = 0;
    for (int k = 0; k < rows; k++) {
      int i = idx[k];
      if (kept > 0) {
        int j = order[kept - 1];
        if (tour[i] == tour[j] && entered[i] == entered[j] && zone[i] == zone[j]) {
          problems.row(line[i], "a duplicate row: the tour " + tours.name(tour[i]) + " entering "
              + Text.key(zoneIds.get(zone[i])) + " at the same time is already on line " + line[j]
              + "; expected each visit once");
          continue;
        }
      }
      order[kept++] = i;
    }
    order = Arrays.copyOf(order, kept);
  }

  /** Entry order within a tour: by entry time, then zone, then line. */
  private boolean before(int a, int b) {
    if (entered[a] != entered[b]) {
      return entered[a] < entered[b];
    }
    if (zone[a] != zone[b]) {
      return zone[a] < zone[b];
    }
    return line[a] < line[b];
  }

  /** The file's name in messages. */
  public String file() {
    return file;
  }

  /** Whether some time was written with seconds: the records' resolution is then 1 s, else 1 minute. */
  public boolean seconds() {
    return seconds;
  }

  /** The records' resolution in minutes: 1/60 with seconds, else 1. */
  public double resolutionMinutes() {
    return seconds ? 1.0 / 60 : 1.0;
  }

  /** Rows kept (duplicates dropped), in tour and entry order. */
  public int rows() {
    return order.length;
  }

  /** The row at position {@code k} of the tour-and-entry order. */
  public int row(int k) {
    return order[k];
  }

  /** The tour of row {@code i}. */
  public int tour(int i) {
    return tour[i];
  }

  /** The zone (index into the scenario's zone ids) of row {@code i}. */
  public int zone(int i) {
    return zone[i];
  }

  /** Entry of row {@code i}, seconds after its tour date's midnight. */
  public int entered(int i) {
    return entered[i];
  }

  /** Exit of row {@code i}, seconds after its tour date's midnight. */
  public int left(int i) {
    return left[i];
  }

  /** The line of row {@code i}. */
  public long line(int i) {
    return line[i];
  }
}
