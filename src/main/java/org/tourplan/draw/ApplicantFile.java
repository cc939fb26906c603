package org.tourplan.draw;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.tourplan.csv.CsvException;
import org.tourplan.csv.CsvProblems;
import org.tourplan.csv.CsvReader;
import org.tourplan.csv.Row;

/**
 * The applicant file: {@code id,persons[,points][,preferred]}, one row per application, the first line naming the
 * columns (any order, any case). Every problem is found in one reading and reported with line, column, the value
 * found and what was expected.
 *
 * <ul>
 *   <li>{@code id}: any text of 1 to {@value #MAX_ID} characters, unique in the file; not starting with
 *       {@code = + - @} (a spreadsheet would run it as a formula when winners.csv is opened) and no control
 *       characters;</li>
 *   <li>{@code persons}: the party, 1 to the largest party a place admits (never more than a tour or a vehicle
 *       takes, since a party is never split);</li>
 *   <li>{@code points}: earlier losses, a whole number 0 to {@value #MAX_POINTS}; empty means 0;</li>
 *   <li>{@code preferred}: empty, or dates ({@code 2025-07-05}) and days of the week ({@code SAT}, {@code Sunday};
 *       any case) separated by spaces, commas or semicolons; each must be in the month and have a tour.</li>
 * </ul>
 */
public final class ApplicantFile {
  /** Longest id. */
  public static final int MAX_ID = 200;
  /** Most points. */
  public static final int MAX_POINTS = 1_000_000;
  /** Most applicants in one file. */
  public static final int MAX_APPLICANTS = 20_000_000;

  static final CsvReader.Columns COLUMNS = new CsvReader.Columns(List.of("id", "persons"),
      List.of("points", "preferred"));

  private ApplicantFile() {
  }

  /** The file's SHA-256 as lowercase hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Reads the applications of {@code bytes} (the file named {@code file}) for the month of {@code places}.
   *
   * @throws CsvException with every problem, when there is any
   */
  public static Applicants read(String file, byte[] bytes, Places places) throws CsvException {
    CsvProblems problems = new CsvProblems(file);
    Reader r = new Reader(places, lines(bytes));
    var header = CsvReader.read(bytes, COLUMNS, problems, row -> r.row(row));
    problems.throwIfAny();
    int n = r.count;
    return new Applicants(Arrays.copyOf(r.ids, n), Arrays.copyOf(r.persons, n), Arrays.copyOf(r.points, n),
        Arrays.copyOf(r.preferred, n), sha256(bytes), header.has("points"), header.has("preferred"));
  }

  /** Line breaks in the file: about the number of rows, to size the columns and the id table once. */
  private static int lines(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      n += b == '\n' ? 1 : 0;
    }
    return (int) Math.min(n + 1, MAX_APPLICANTS);
  }

  /** The rows, checked one by one into growing columns. */
  private static final class Reader {
    private final Places places;
    private final int largest;
    private final String personsExpected;
    // ids seen so far: an open-addressing table of applicant indices (no object per id: a million ids would
    // otherwise be a million map entries for the collector to copy)
    private int[] table;
    private int[] hashes; // each slot's id hash: a string is compared only when its hash is the same
    private int[] lines;
    private final int[] toursOnDay = new int[32];
    private final int[] weekdayMask = new int[7];
    private String[] ids;
    private int[] persons;
    private int[] points;
    private int[] preferred;
    private int count;
    private boolean tooMany;

    Reader(Places places, int expected) {
      this.places = places;
      int size = Math.max(16, Math.min(expected, MAX_APPLICANTS));
      int cap = Integer.highestOneBit(Math.max(16, size) * 2 - 1) * 2;
      this.table = new int[cap];
      this.hashes = new int[cap];
      Arrays.fill(table, -1);
      this.lines = new int[size];
      ids = new String[size];
      persons = new int[size];
      points = new int[size];
      preferred = new int[size];
      this.largest = places.largestApplicant();
      this.personsExpected = "a whole number of persons from 1 to " + largest + " (a place admits parties of up to "
          + places.largestParty() + " persons, a tour at most " + places.maxPersons() + ", a vehicle "
          + places.seats() + "; a party is never split)";
      for (Places.Tour t : places.tours()) {
        toursOnDay[t.date().getDayOfMonth()]++;
      }
      YearMonth m = places.month();
      for (int d = 1; d <= m.lengthOfMonth(); d++) {
        if (toursOnDay[d] > 0) {
          weekdayMask[m.atDay(d).getDayOfWeek().ordinal()] |= 1 << (d - 1);
        }
      }
    }

    void row(Row row) {
      long line = row.line();
      String id = row.text("id");
      boolean ok = id(row, id, line);
      long p = row.integer("persons", 1, largest, Long.MIN_VALUE, personsExpected);
      long pts = row.header().has("points") ? row.integer("points", 0, MAX_POINTS, 0,
          "a whole number of points (earlier losses) from 0 to " + MAX_POINTS + ", or nothing for 0") : 0;
      int mask = row.header().has("preferred") ? preferred(row) : 0;
      if (!ok || p == Long.MIN_VALUE || pts == Long.MIN_VALUE || mask < 0) {
        return;
      }
      if (count == MAX_APPLICANTS) {
        if (!tooMany) {
          row.problems().row(line, "more than " + MAX_APPLICANTS + " applications; expected at most that many");
          tooMany = true;
        }
        return;
      }
      grow();
      remember(count, id);
      lines[count] = (int) Math.min(Integer.MAX_VALUE, line);
      ids[count] = id;
      persons[count] = (int) p;
      points[count] = (int) pts;
      preferred[count] = mask;
      count++;
    }

    private boolean id(Row row, String id, long line) {
      if (id.isEmpty() || id.length() > MAX_ID) {
        row.problem("id", "an id of 1 to " + MAX_ID + " characters");
        return false;
      }
      char c = id.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@') {
        row.problem("id", "an id that does not start with = + - or @ (a spreadsheet opening winners.csv would "
            + "run it as a formula)");
        return false;
      }
      for (int i = 0; i < id.length(); i++) {
        if (Character.isISOControl(id.charAt(i))) {
          row.problem("id", "an id without control characters (tabs, line breaks)");
          return false;
        }
      }
      int first = firstLine(id);
      if (first > 0) {
        row.problem("id", "each id once: it is on line " + first + " too (one application per applicant)");
        return false;
      }
      return true;
    }

    /** The mask of days asked for, or -1 after recording every bad token. */
    private int preferred(Row row) {
      String v = row.text("preferred");
      if (v.isEmpty()) {
        return 0;
      }
      int mask = 0;
      List<String> bad = new ArrayList<>();
      int i = 0;
      while (i < v.length()) {
        while (i < v.length() && separator(v.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < v.length() && !separator(v.charAt(i))) {
          i++;
        }
        if (start == i) {
          continue;
        }
        String token = v.substring(start, i);
        int m = token(token);
        if (m <= 0) {
          bad.add(token + (m == 0 ? " (no tour that day)" : ""));
        } else {
          mask |= m;
        }
      }
      if (!bad.isEmpty()) {
        row.problem("preferred", "dates " + places.month() + "-DD of days with a tour, or days of the week "
            + "(MON to SUN) that have one, separated by spaces, commas or semicolons; not "
            + String.join(", ", bad));
        return -1;
      }
      return mask;
    }

    private static boolean separator(char c) {
      return c == ',' || c == ';' || Character.isWhitespace(c);
    }

    /** The days a token names: its mask, 0 when it names days without tours, -1 when it names nothing. */
    private int token(String token) {
      DayOfWeek day = day(token.toUpperCase(Locale.ROOT));
      if (day != null) {
        return weekdayMask[day.ordinal()];
      }
      if (token.length() != 10 || token.charAt(4) != '-' || token.charAt(7) != '-') {
        return -1;
      }
      try {
        LocalDate d = LocalDate.parse(token);
        if (!YearMonth.from(d).equals(places.month())) {
          return -1;
        }
        return toursOnDay[d.getDayOfMonth()] > 0 ? 1 << (d.getDayOfMonth() - 1) : 0;
      } catch (DateTimeException e) {
        return -1;
      }
    }

    /** The line of an earlier application with this id, or 0. */
    private int firstLine(String id) {
      int mask = table.length - 1;
      int code = id.hashCode();
      for (int h = spread(code) & mask; table[h] >= 0; h = (h + 1) & mask) {
        if (hashes[h] == code && ids[table[h]].equals(id)) {
          return lines[table[h]];
        }
      }
      return 0;
    }

    private void remember(int index, String id) {
      if (2 * (count + 1) > table.length) {
        int[] old = table;
        table = new int[2 * old.length];
        hashes = new int[table.length];
        Arrays.fill(table, -1);
        for (int j : old) {
          if (j >= 0) {
            put(j, ids[j]);
          }
        }
      }
      put(index, id);
    }

    private void put(int index, String id) {
      int mask = table.length - 1;
      int code = id.hashCode();
      int h = spread(code) & mask;
      while (table[h] >= 0) {
        h = (h + 1) & mask;
      }
      table[h] = index;
      hashes[h] = code;
    }

    private static int spread(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    private static DayOfWeek day(String t) {
      for (DayOfWeek d : DayOfWeek.values()) {
        String full = d.name();
        if (t.equals(full) || t.equals(full.substring(0, 3))) {
          return d;
        }
      }
      return null;
    }

    private void grow() {
      if (count < ids.length) {
        return;
      }
      int n = ids.length * 2;
      ids = Arrays.copyOf(ids, n);
      persons = Arrays.copyOf(persons, n);
      points = Arrays.copyOf(points, n);
      preferred = Arrays.copyOf(preferred, n);
      lines = Arrays.copyOf(lines, n);
    }
  }
}
