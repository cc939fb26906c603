package org.tourplan.report.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    CsvWriter w = new CsvWriter(List.of("position", "id", "persons", "rank", "passed_over"));
    int position = 0;
    int rank = 0;
    for (int i : d.order()) {
      rank++;
      if (d.tourOf()[i] < 0) {
        position++;
        w.row(Integer.toString(position), a.ids()[i], Integer.toString(a.persons()[i]), Integer.toString(rank),
            d.passedOver()[i] ? "yes" : "");
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
        w.row(a.ids()[i], String.format(Locale.ROOT, "%d", a.points()[i] + 1L));
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

  private static int[] ranks(DrawResult d) {
    int[] rankOf = new int[d.order().length];
    for (int r = 0; r < d.order().length; r++) {
      rankOf[d.order()[r]] = r;
    }
    return rankOf;
  }
}
