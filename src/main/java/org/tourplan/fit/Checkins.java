package org.tourplan.fit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.csv.CsvProblem;
import org.tourplan.csv.CsvProblems;
import org.tourplan.csv.CsvReader;
import org.tourplan.scenario.Bounds;

/**
 * The check-in records: one row per invited party, {@code date,start,party,persons,showed}, kept in file order (the
 * order of invitation within a tour, which the admission rule of contract 2.2 follows) as primitive columns, so a
 * season's million rows take a few tens of megabytes.
 *
 * <p>Problems recorded while reading: a missing or unknown column, a bad date or time, an empty party id, persons
 * below 1 or
 * above the format's largest party size, a showed value other than 1/0/true/false, and a party listed twice for the
 * same tour (its line and the first one's).
 */
public final class Checkins {
  /** The columns, in the order the getters use. */
  public static final List<String> COLUMNS = List.of("date", "start", "party", "persons", "showed");

  private final String file;
  private int rows;
  private int[] tour = new int[4096];
  private int[] persons = new int[4096];
  private boolean[] showed = new boolean[4096];
  private long[] line = new long[4096];
  private long[] partyHash = new long[4096];
  private String[] party = new String[4096];
  private int seen;

  private Checkins(String file) {
    this.file = file;
  }

  /** The columns, for the CSV reader. */
  static final CsvReader.Columns FILE_COLUMNS = new CsvReader.Columns(COLUMNS, List.of());

  /**
   * Reads {@code path}, naming its tours in {@code tours}; problems go to {@code problems} (which names the file).
   * Returns null when the file could not be read at all.
   */
  public static Checkins read(Path path, Tours tours, CsvProblems problems) {
    InputStream in = Cells.open(path, problems);
    if (in == null) {
      return null;
    }
    Checkins c = new Checkins(problems.file());
    Cells cells = new Cells();
    CsvReader.read(in, FILE_COLUMNS, problems, r -> {
      c.seen++;
      int day = cells.date(r, "date");
      int start = Cells.time(r, "start", false);
      String id = Cells.text(r, "party");
      long n = r.integer("persons", 1, Bounds.PARTY_SIZE, Long.MIN_VALUE, "a whole number from 1 to "
          + Bounds.PARTY_SIZE);
      int s = Cells.flag(r, "showed");
      if (day != Cells.BAD && start != Cells.BAD && id != null && n != Long.MIN_VALUE && s >= 0) {
        c.add(tours.of(day, start), (int) n, s == 1, r.line(), id);
      }
    });
    c.duplicates(tours, problems);
    c.party = null; // the ids served only to find duplicates
    c.partyHash = null;
    return c;
  }

  private void add(int t, int n, boolean s, long at, String id) {
    if (rows == tour.length) {
      int m = rows * 2;
      tour = Arrays.copyOf(tour, m);
      persons = Arrays.copyOf(persons, m);
      showed = Arrays.copyOf(showed, m);
      line = Arrays.copyOf(line, m);
      partyHash = Arrays.copyOf(partyHash, m);
      party = Arrays.copyOf(party, m);
    }
    tour[rows] = t;
    persons[rows] = n;
    showed[rows] = s;
    line[rows] = at;
    party[rows] = id;
    partyHash[rows] = mix(t, id);
    rows++;
  }

  /** A 64-bit hash of (tour, party id); equal rows hash equal, and equal hashes are then compared exactly. */
  private static long mix(int t, String id) {
    long h = 0x9E3779B97F4A7C15L * (t + 1);
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return h;
  }

  /**
   * A party listed twice for one tour: found by sorting the rows' hashes (no map of a million strings), then
   * confirmed by comparing the ids of the few rows whose hashes repeat.
   */
  private void duplicates(Tours tours, CsvProblems problems) {
    long[] sorted = Arrays.copyOf(partyHash, rows);
    Arrays.sort(sorted);
    java.util.Set<Long> repeated = new java.util.HashSet<>();
    for (int i = 1; i < rows; i++) {
      if (sorted[i] == sorted[i - 1]) {
        repeated.add(sorted[i]);
      }
    }
    if (repeated.isEmpty()) {
      return;
    }
    Map<String, Long> first = new HashMap<>();
    for (int i = 0; i < rows; i++) {
      if (repeated.contains(partyHash[i])) {
        String key = tour[i] + "\u0000" + party[i];
        Long earlier = first.putIfAbsent(key, line[i]);
        if (earlier != null) {
          problems.row(line[i], "a duplicate row: party " + CsvProblem.quote(party[i]) + " of the tour "
              + tours.name(tour[i]) + " is already on line " + earlier + "; expected each party once a tour");
        }
      }
    }
  }

  /** The file's name in messages. */
  public String file() {
    return file;
  }

  /** Data rows in the file, good or bad. */
  public int seen() {
    return seen;
  }

  /** Rows read (each an invited party). */
  public int rows() {
    return rows;
  }

  /** The tour of row {@code i}. */
  public int tour(int i) {
    return tour[i];
  }

  /** The persons of row {@code i}'s party. */
  public int persons(int i) {
    return persons[i];
  }

  /** Whether row {@code i}'s party came. */
  public boolean showed(int i) {
    return showed[i];
  }

  /** The line of row {@code i}. */
  public long line(int i) {
    return line[i];
  }
}
