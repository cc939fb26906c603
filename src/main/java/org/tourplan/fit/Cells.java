package org.tourplan.fit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.tourplan.csv.CsvProblems;
import org.tourplan.csv.Row;

/**
 * The record files' own kinds of value, read from a row of {@code csv.CsvReader}: dates, times of day, flags and ids.
 * A bad value is a problem (line, column, value found, what was expected) and a sentinel, so one reading finds every
 * problem. Also opens a record file, turning what the system says into a problem.
 */
final class Cells {
  /** Marks a bad value; never a valid one. */
  static final int BAD = Integer.MIN_VALUE;
  private String lastDateText;
  private int lastDate;

  /** The file as a stream, or null with the problem recorded. */
  static InputStream open(Path path, CsvProblems problems) {
    try {
      if (Files.isDirectory(path)) {
        problems.row(0, "is a folder; expected a CSV file");
        return null;
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        problems.row(0, "is not a regular file; expected a CSV file");
        return null;
      }
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      problems.row(0, "file not found");
    } catch (AccessDeniedException e) {
      problems.row(0, "cannot be read: permission denied");
    } catch (IOException e) {
      problems.row(0, "cannot be read: " + e.getMessage());
    }
    return null;
  }

  /** Column {@code name} as an id: not empty; null (recorded) when empty. */
  static String text(Row r, String name) {
    String s = r.text(name);
    if (s.isEmpty()) {
      r.problem(name, "a value");
      return null;
    }
    return s;
  }

  /** Column {@code name} as {@code 1}, {@code 0}, {@code true} or {@code false}; -1 (recorded) otherwise. */
  static int flag(Row r, String name) {
    String s = r.text(name);
    if (s.equals("1") || s.equalsIgnoreCase("true")) {
      return 1;
    }
    if (s.equals("0") || s.equalsIgnoreCase("false")) {
      return 0;
    }
    r.problem(name, "1 or 0 (or true or false)");
    return -1;
  }

  /** Column {@code name} as a date {@code YYYY-MM-DD}, its epoch day; {@link #BAD} (recorded) otherwise. */
  int date(Row r, String name) {
    String s = r.text(name);
    if (s.equals(lastDateText)) {
      return lastDate; // the rows of one date usually follow each other
    }
    LocalDate d = null;
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int dd = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && dd >= 0) {
        try {
          d = LocalDate.of(y, m, dd);
        } catch (DateTimeException e) {
          d = null;
        }
      }
    }
    if (d == null) {
      r.problem(name, "a date YYYY-MM-DD such as 2025-07-01");
      return BAD;
    }
    lastDateText = s;
    lastDate = (int) d.toEpochDay();
    return lastDate;
  }

  /**
   * Column {@code name} as a time of day {@code HH:MM} (or {@code HH:MM:SS} when {@code seconds}), in seconds after
   * midnight; {@link #BAD} (recorded) otherwise.
   */
  static int time(Row r, String name, boolean seconds) {
    String s = r.text(name);
    int h = -1;
    int m = -1;
    int sec = 0;
    if ((s.length() == 5 || seconds && s.length() == 8) && s.charAt(2) == ':') {
      h = digits(s, 0, 2);
      m = digits(s, 3, 5);
      if (s.length() == 8) {
        sec = s.charAt(5) == ':' ? digits(s, 6, 8) : -1;
      }
    }
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
      String hint = s.length() == 4 && s.charAt(1) == ':' ? " (write \"0" + s + "\")" : "";
      r.problem(name, "a time of day " + (seconds ? "HH:MM or HH:MM:SS" : "HH:MM") + " from 00:00 to 23:59" + hint);
      return BAD;
    }
    return h * 3600 + m * 60 + sec;
  }

  /** Whether column {@code name} was written with seconds ({@code HH:MM:SS}). */
  static boolean hasSeconds(Row r, String name) {
    return r.text(name).length() == 8;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
