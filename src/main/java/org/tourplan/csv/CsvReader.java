package org.tourplan.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV file (RFC 4180: commas, double quotes around values that hold commas, quotes or line breaks, a doubled
 * quote inside quotes; UTF-8, a byte order mark allowed) whose first row names its columns. Jackson's CSV parser
 * does the syntax; this class checks the header against the columns the caller knows, and hands every other row to
 * the caller with the line it starts on. Rows with no value at all (blank lines, a row of commas) are skipped.
 *
 * <p>Nothing is lost or guessed: an unknown column, a missing required one, a column named twice and a row with more
 * values than the header are problems; a syntax error (a quote in the middle of a value, bytes that are not UTF-8)
 * is a problem that ends the reading, since what follows cannot be trusted. Messages never quote more of the file
 * than the value at fault.
 */
public final class CsvReader {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private CsvReader() {
  }

  /**
   * The columns a file may have.
   *
   * @param required columns every file must have, by name (matched ignoring case and surrounding spaces)
   * @param optional columns a file may have
   */
  public record Columns(List<String> required, List<String> optional) {
    /** Copies the lists. */
    public Columns {
      required = List.copyOf(required);
      optional = List.copyOf(optional);
    }

    List<String> all() {
      List<String> a = new ArrayList<>(required);
      a.addAll(optional);
      return a;
    }

    /** "id, persons[, points][, preferred]". */
    public String describe() {
      StringBuilder b = new StringBuilder(String.join(",", required));
      for (String o : optional) {
        b.append("[,").append(o).append(']');
      }
      return b.toString();
    }
  }

  /** Receives each row; the row object is reused, so read it during the call only. */
  @FunctionalInterface
  public interface RowHandler {
    /** One row of values. */
    void row(Row row);
  }

  /**
   * Reads {@code bytes}: the header, then every row to {@code handler}. Problems go to {@code problems}; when the
   * header cannot be used no row is read.
   *
   * @return the header, or null when it was missing or unusable
   */
  public static Header read(byte[] bytes, Columns columns, CsvProblems problems, RowHandler handler) {
    return read(new java.io.ByteArrayInputStream(bytes), columns, problems, handler);
  }

  /**
   * Reads {@code in} as {@link #read(byte[], Columns, CsvProblems, RowHandler)} does, streaming: a file of a million
   * rows is never held in memory (the records of {@code tourplan fit}). The stream is closed.
   */
  public static Header read(java.io.InputStream in, Columns columns, CsvProblems problems, RowHandler handler) {
    Header header = null;
    Row row = null;
    List<String> values = new ArrayList<>();
    long line = 0;
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken t = p.nextToken(); // the document's own array
      if (t != JsonToken.START_ARRAY) {
        problems.row(0, "the file is empty; expected a first line naming the columns: " + columns.describe());
        return null;
      }
      boolean inRow = false;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          values.clear();
          line = 0;
          inRow = true;
        } else if (t == JsonToken.VALUE_STRING) {
          if (line == 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          values.add(p.getText());
        } else if (t == JsonToken.END_ARRAY) {
          if (!inRow) {
            break; // the document's own array: the end of the file
          }
          inRow = false;
          if (blank(values)) {
            continue;
          }
          if (header == null) {
            header = Header.of(values, line, columns, problems);
            if (header == null) {
              return null;
            }
            row = new Row(header, problems);
            continue;
          }
          if (values.size() > header.size()) {
            problems.row(line, String.format(Locale.ROOT, "found %d values, but the first line names %d columns "
                + "(%s); expected at most %d (a value with a comma needs double quotes)", values.size(),
                header.size(), String.join(",", header.names()), header.size()));
            continue;
          }
          row.set(line, values);
          handler.row(row);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long where = at == null ? line : at.getLineNr();
      problems.row(where, "the file is not valid CSV from here on (" + e.getOriginalMessage().replace('\n', ' ')
          + "); expected values separated by commas, a value holding a comma, a quote or a line break inside "
          + "double quotes, and UTF-8 text; nothing after this point was read");
    } catch (IOException e) {
      problems.row(line, "cannot be read: " + e.getMessage());
    }
    if (header == null && problems.isEmpty()) {
      problems.row(0, "the file has no rows; expected a first line naming the columns: " + columns.describe());
    }
    return header;
  }

  private static boolean blank(List<String> values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
