package org.tourplan.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.scenario.Text;

/**
 * Streams the rows of one CSV record file (RFC 4180: comma separated, fields quoted with {@code "} when they hold a
 * comma, a quote or a line break; LF or CRLF line ends; UTF-8, a byte order mark ignored; empty lines skipped).
 *
 * <p>The first line is the header. It must name every column the caller requires, in any order and letter case,
 * each once; other columns are allowed and ignored ({@link #ignored}). Each row must have as many fields as the
 * header. {@link #next} moves to the next row; the typed getters read a required column of the current row and, on a
 * bad value, record a problem naming the file, the row's line, the column (number and header name), the value found
 * and what was expected, and return a sentinel. A CSV syntax error (an unclosed quote) or bytes that are not UTF-8
 * end the reading with one problem at the line where it happened.
 *
 * <p>Jackson's CSV parser is used for the tokenising because it reports the line of every value (a quoted value may
 * span lines, so counting line ends is not enough) and streams: a file of a million rows is never held in memory.
 */
public final class CsvReader implements Closeable {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();
  /** Marks a bad integer value; never a valid one. */
  public static final int BAD = Integer.MIN_VALUE;

  private final String file;
  private final CsvProblems problems;
  private final CsvParser parser;
  private final List<String> names;
  private final int[] position; // required column i is field position[i] of a row
  private final List<String> ignored = new ArrayList<>();
  private String[] row;
  private int width;
  private long line;
  private boolean done;
  private String lastDateText;
  private LocalDate lastDate;

  private CsvReader(String file, CsvProblems problems, CsvParser parser, List<String> names) {
    this.file = file;
    this.problems = problems;
    this.parser = parser;
    this.names = List.copyOf(names);
    this.position = new int[names.size()];
    this.row = new String[Math.max(8, names.size())];
  }

  /**
   * Opens {@code path} and reads its header; {@code file} names it in messages. Returns null, with the problem
   * recorded, when the file cannot be read or its header lacks a required column.
   */
  public static CsvReader open(Path path, String file, List<String> required, CsvProblems problems) {
    if (Files.isDirectory(path)) {
      problems.add(file, 0, 0, null, "is a folder, not a CSV file");
      return null;
    }
    InputStream in;
    try {
      if (!Files.isRegularFile(path)) {
        problems.add(file, 0, 0, null, Files.exists(path) ? "is not a regular file" : "file not found");
        return null;
      }
      in = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      problems.add(file, 0, 0, null, "file not found");
      return null;
    } catch (AccessDeniedException e) {
      problems.add(file, 0, 0, null, "cannot read the file: permission denied");
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add(file, 0, 0, null, "cannot read the file: " + e.getMessage());
      return null;
    }
    CsvReader r;
    try {
      CsvParser p = (CsvParser) FACTORY.createParser(in);
      p.setSchema(CsvSchema.emptySchema());
      r = new CsvReader(file, problems, p, required);
    } catch (IOException e) {
      closeQuietly(in);
      problems.add(file, 0, 0, null, "cannot read the file: " + e.getMessage());
      return null;
    }
    if (!r.header()) {
      r.close();
      return null;
    }
    return r;
  }

  private boolean header() {
    if (!advance()) {
      if (!done || problems.isEmpty()) {
        problems.add(file, 0, 0, null, "the file is empty; expected a header line naming the columns "
            + String.join(",", names));
      }
      return false;
    }
    java.util.Arrays.fill(position, -1);
    boolean ok = true;
    List<String> seen = new ArrayList<>();
    for (int f = 0; f < width; f++) {
      String h = row[f].strip();
      String key = h.toLowerCase(Locale.ROOT);
      if (seen.contains(key)) {
        problems.add(file, line, f + 1, h, "the header names this column twice; expected each column once");
        ok = false;
      }
      seen.add(key);
      int i = indexOf(key);
      if (i >= 0) {
        position[i] = f;
      } else {
        ignored.add(h);
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (position[i] < 0) {
        String near = Text.nearest(names.get(i), ignored);
        missing.add(Text.key(names.get(i)) + (near == null ? "" : " (is " + Text.key(near) + " meant?)"));
      }
    }
    if (!missing.isEmpty()) {
      problems.add(file, line, 0, null, "missing column" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing) + "; the header has " + Text.list(headerFields()) + ", expected the columns "
          + String.join(",", names) + " in any order");
      ok = false;
    }
    headerWidth = width;
    return ok;
  }

  private int headerWidth;

  private List<String> headerFields() {
    List<String> out = new ArrayList<>();
    for (int f = 0; f < width; f++) {
      out.add(row[f]);
    }
    return out;
  }

  private int indexOf(String key) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The header's columns that are not required, in file order (ignored). */
  public List<String> ignored() {
    return List.copyOf(ignored);
  }

  /** The file's name in messages. */
  public String file() {
    return file;
  }

  /**
   * Moves to the next row with the header's number of fields; a row with another number is recorded as a problem
   * and skipped. False at the end of the file or after a syntax error (recorded).
   */
  public boolean next() {
    while (advance()) {
      if (width == headerWidth) {
        return true;
      }
      problems.add(file, line, 0, null, "found " + width + (width == 1 ? " field" : " fields") + ", expected "
          + headerWidth + " as in the header (a comma inside a value must be quoted: \"a,b\")");
    }
    return false;
  }

  /** Reads the next record's fields into {@link #row}; false at the end or after an error. */
  private boolean advance() {
    if (done) {
      return false;
    }
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        done = true;
        return false;
      }
      if (t != JsonToken.START_ARRAY) {
        throw new IllegalStateException("unexpected CSV token " + t);
      }
      width = 0;
      line = 0;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (width == 0) {
          line = parser.currentTokenLocation().getLineNr();
        }
        if (width == row.length) {
          row = java.util.Arrays.copyOf(row, row.length * 2);
        }
        row[width++] = parser.getText();
      }
      if (t != JsonToken.END_ARRAY) {
        throw new IllegalStateException("unexpected CSV token " + t);
      }
      return true;
    } catch (CharConversionException e) {
      done = true;
      problems.add(file, lineOf(parser.currentLocation()), 0, null, "not UTF-8 text (" + firstLine(e) + "); "
          + "save the file as UTF-8");
      return false;
    } catch (JsonProcessingException e) {
      done = true;
      long at = lineOf(e.getLocation());
      if (width > 0 && line > 0 && line < at) { // a quoted value opened in this row ran on to where Jackson stopped
        problems.add(file, line, 0, null, "CSV syntax: " + firstLine(e) + " (the row that starts here runs on to "
            + "line " + at + ": a quote opened in it is not closed)");
      } else {
        problems.add(file, at, 0, null, "CSV syntax: " + firstLine(e));
      }
      return false;
    } catch (IOException e) {
      done = true;
      problems.add(file, 0, 0, null, "cannot read the file: " + e.getMessage());
      return false;
    }
  }

  private static long lineOf(JsonLocation l) {
    return l == null || l.getLineNr() < 0 ? 0 : l.getLineNr();
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
    int nl = m.indexOf('\n');
    return Text.escape(nl < 0 ? m : m.substring(0, nl));
  }

  /** The line where the current row starts. */
  public long line() {
    return line;
  }

  /** Column {@code i} (in the required order) of the current row, as written. */
  public String raw(int i) {
    return row[position[i]];
  }

  /** The 1-based column number of required column {@code i} in this file. */
  public int column(int i) {
    return position[i] + 1;
  }

  /** Records a problem with required column {@code i} of the current row. */
  public void problem(int i, String message) {
    problems.add(file, line, column(i), names.get(i), message);
  }

  /** Records a problem with the current row as a whole. */
  public void rowProblem(String message) {
    problems.add(file, line, 0, null, message);
  }

  /** Column {@code i} as an id: not blank, surrounding spaces dropped; null (recorded) when blank. */
  public String text(int i) {
    String s = raw(i).strip();
    if (s.isEmpty()) {
      problem(i, "empty, expected a value");
      return null;
    }
    return s;
  }

  /** Column {@code i} as a whole number from {@code min} to {@code max}; {@link #BAD} (recorded) otherwise. */
  public int integer(int i, int min, int max) {
    String s = raw(i).strip();
    int v = 0;
    boolean ok = !s.isEmpty() && s.length() <= 10;
    for (int k = 0; ok && k < s.length(); k++) {
      char c = s.charAt(k);
      ok = c >= '0' && c <= '9';
      v = ok ? v * 10 + (c - '0') : v;
    }
    if (!ok || v < min || v > max) {
      problem(i, "found " + Text.quote(raw(i)) + ", expected a whole number from " + min + " to " + max);
      return BAD;
    }
    return v;
  }

  /** Column {@code i} as a flag: {@code 1}, {@code 0}, {@code true} or {@code false}; -1 (recorded) otherwise. */
  public int flag(int i) {
    String s = raw(i).strip();
    if (s.equals("1") || s.equalsIgnoreCase("true")) {
      return 1;
    }
    if (s.equals("0") || s.equalsIgnoreCase("false")) {
      return 0;
    }
    problem(i, "found " + Text.quote(raw(i)) + ", expected 1 or 0 (or true or false)");
    return -1;
  }

  /** Column {@code i} as a date {@code YYYY-MM-DD}, as its epoch day; {@link #BAD} (recorded) otherwise. */
  public int date(int i) {
    String s = raw(i).strip();
    if (s.equals(lastDateText)) {
      return (int) lastDate.toEpochDay(); // rows of one date usually follow each other
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
      problem(i, "found " + Text.quote(raw(i)) + ", expected a date YYYY-MM-DD such as 2025-07-01");
      return BAD;
    }
    lastDateText = s;
    lastDate = d;
    return (int) d.toEpochDay();
  }

  /**
   * Column {@code i} as a time of day {@code HH:MM} (or {@code HH:MM:SS} when {@code seconds}), as seconds after
   * midnight; {@link #BAD} (recorded) otherwise.
   */
  public int time(int i, boolean seconds) {
    String s = raw(i).strip();
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
      String hint = s.length() == 4 && s.charAt(1) == ':' ? " (write \"0" + Text.escape(s) + "\")" : "";
      problem(i, "found " + Text.quote(raw(i)) + ", expected a time of day " + (seconds ? "HH:MM or HH:MM:SS"
          : "HH:MM") + " from 00:00 to 23:59" + hint);
      return BAD;
    }
    return h * 3600 + m * 60 + sec;
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

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // reading is over; nothing is lost
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
