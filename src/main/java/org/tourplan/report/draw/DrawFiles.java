package org.tourplan.report.draw;

import java.util.ArrayList;
import java.util.List;
import org.tourplan.csv.CsvWriter;
import org.tourplan.draw.Applicants;
import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;

/**
 * The three CSV files of a draw, as bytes (the same draw gives the same bytes on every machine):
 * <ul>
 *   <li>{@code winners.csv}: {@code id,date,start,persons,rank,asked} by tour (date, start), then draw rank;
 *       {@code asked} is {@code yes} (seated on a day asked for), {@code no} (asked, seated elsewhere) or empty
 *       (asked for nothing);</li>
 *   <li>{@code waitlist.csv}: {@code position,id,persons,rank,passed_over}, the losers in draw order, to refill
 *       cancellations; {@code passed_over} is {@code yes} for a party that fitted no tour at its turn;</li>
 *   <li>{@code points.csv}: {@code id,points}, next month's points of every loser (his points + 1), in the order
 *       of the applicant file.</li>
 * </ul>
 */
public final class DrawFiles {
  /** The winners' file name. */
  public static final String WINNERS = "winners.csv";
  /** The waitlist's file name. */
  public static final String WAITLIST = "waitlist.csv";
  /** Next month's points. */
  public static final String POINTS = "points.csv";
  /** The CSV files in the order they are checked. */
  public static final List<String> CSV = List.of(WINNERS, WAITLIST, POINTS);

  private DrawFiles() {
  }

  /** {@code winners.csv}. */
  public static byte[] winners(DrawResult d) {
    Applicants a = d.applicants();
    int[] rankOf = ranks(d);
    List<Integer> seated = new ArrayList<>();
    for (int i : d.order()) {
      if (d.tourOf()[i] >= 0) {
        seated.add(i);
      }
    }
    seated.sort((x, y) -> d.tourOf()[x] != d.tourOf()[y] ? Integer.compare(d.tourOf()[x], d.tourOf()[y])
        : Integer.compare(rankOf[x], rankOf[y])); // stable; tours are in calendar order
    CsvWriter w = new CsvWriter(List.of("id", "date", "start", "persons", "rank", "asked"));
    for (int i : seated) {
      Places.Tour t = d.places().tours().get(d.tourOf()[i]);
      w.row(a.ids()[i], t.date().toString(), t.start().toString(), Integer.toString(a.persons()[i]),
          Integer.toString(rankOf[i] + 1), !a.asked(i) ? "" : d.chosen()[i] ? "yes" : "no");
    }
    return w.bytes();
  }

  /** {@code waitlist.csv}. */
  public static byte[] waitlist(DrawResult d) {
    Applicants a = d.applicants();
    int n = a.size();
    int[] order = d.order();
    int[] tourOf = d.tourOf();
    // the losers' fields gathered in rank order by one pass in file order (scattered writes), so that writing reads
    // memory in sequence: reading a million applicants in draw order directly costs a cache miss per field
    int[] rankOf = new int[n];
    for (int r = 0; r < n; r++) {
      rankOf[order[r]] = r;
    }
    // ids as CSV bytes, laid out in rank order by two passes in file order (reading the strings in the order they
    // were made, writing each to its place): a million ids read in draw order directly cost a cache miss each
    int[] start = new int[n + 1];
    byte[][] encoded = new byte[1][];
    for (int i = 0; i < n; i++) {
      start[rankOf[i] + 1] = length(a.ids()[i]);
    }
    for (int r = 0; r < n; r++) {
      start[r + 1] += start[r];
    }
    byte[] blob = new byte[start[n]];
    int[] persons = new int[n];
    byte[] flags = new byte[n]; // 0: winner, 1: loser, 2: passed over
    for (int i = 0; i < n; i++) {
      int r = rankOf[i];
      write(a.ids()[i], blob, start[r], encoded);
      persons[r] = a.persons()[i];
      flags[r] = (byte) (tourOf[i] >= 0 ? 0 : d.passedOver()[i] ? 2 : 1);
    }
    CsvWriter w = new CsvWriter(List.of("position", "id", "persons", "rank", "passed_over"));
    int position = 0;
    for (int r = 0; r < n; r++) {
      if (flags[r] != 0) {
        position++;
        w.number(position).encoded(blob, start[r], start[r + 1]).number(persons[r]).number(r + 1L)
            .text(flags[r] == 2 ? "yes" : "").end();
      }
    }
    return w.bytes();
  }

  /** {@code points.csv}. */
  public static byte[] points(DrawResult d) {
    Applicants a = d.applicants();
    CsvWriter w = new CsvWriter(List.of("id", "points"));
    for (int i = 0; i < a.size(); i++) {
      if (d.tourOf()[i] < 0) {
        w.text(a.ids()[i]).number(a.points()[i] + 1L).end();
      }
    }
    return w.bytes();
  }

  /** The three files' bytes by name, in the order of {@link #CSV}. */
  public static java.util.Map<String, byte[]> all(DrawResult d) {
    java.util.Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    m.put(WINNERS, winners(d));
    m.put(WAITLIST, waitlist(d));
    m.put(POINTS, points(d));
    return m;
  }

  /** Bytes of {@code id} as a CSV value: its length in ASCII without quoting, else the encoded length. */
  private static int length(String id) {
    for (int k = 0; k < id.length(); k++) {
      char c = id.charAt(k);
      if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
        return CsvWriter.encode(id).length;
      }
    }
    return id.length();
  }

  private static void write(String id, byte[] blob, int at, byte[][] scratch) {
    for (int k = 0; k < id.length(); k++) {
      char c = id.charAt(k);
      if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
        byte[] e = CsvWriter.encode(id);
        System.arraycopy(e, 0, blob, at, e.length);
        return;
      }
    }
    for (int k = 0; k < id.length(); k++) {
      blob[at + k] = (byte) id.charAt(k);
    }
  }

  private static int[] ranks(DrawResult d) {
    int[] rankOf = new int[d.order().length];
    for (int r = 0; r < d.order().length; r++) {
      rankOf[d.order()[r]] = r;
    }
    return rankOf;
  }
}
