package org.tourplan.report.results;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.text.Numbers;
import org.tourplan.tour.TourTimeline;

/**
 * {@code tours.csv}: one row per tour of a traced month, for planners who want the numbers behind the Gantt chart.
 * RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled).
 * Text cells (the header holds zone ids from the scenario) that a spreadsheet would run as a formula, i.e. that
 * start with {@code = + - @}, a tab or a carriage return, get a leading apostrophe; numbers and times are written
 * as they are.
 */
public final class ToursCsv {
  private ToursCsv() {
  }

  /** The file's bytes (UTF-8) for the tours of one month, visits in {@code route} order. */
  public static byte[] bytes(List<String> route, List<TourTimeline> tours) {
    StringBuilder b = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("date", "scheduled start", "persons", "parties", "turned away",
        "guides", "vehicles"));
    for (String zone : routeLabels(route)) {
      header.add(zone + " arrive");
      header.add(zone + " enter");
      header.add(zone + " leave");
    }
    header.add("end");
    header.add("tour minutes");
    row(b, header.stream().map(ToursCsv::text).toList());
    for (TourTimeline t : tours) {
      double day = (t.date().getDayOfMonth() - 1) * 1440.0;
      List<String> cells = new ArrayList<>();
      cells.add(t.date().toString());
      cells.add(Numbers.clockDays(t.scheduledStart() - day));
      cells.add(Integer.toString(t.persons()));
      cells.add(Integer.toString(t.parties()));
      cells.add(Integer.toString(t.turnedAway()));
      cells.add(Integer.toString(t.guides()));
      cells.add(t.cancelled() ? "" : Integer.toString(t.vehicles()));
      for (int i = 0; i < route.size(); i++) {
        TourTimeline.Visit v = i < t.visits().size() ? t.visits().get(i) : null;
        cells.add(v == null ? "" : Numbers.clockDays(v.arrive() - day));
        cells.add(v == null ? "" : Numbers.clockDays(v.enter() - day));
        cells.add(v == null ? "" : Numbers.clockDays(v.leave() - day));
      }
      cells.add(t.cancelled() ? "" : Numbers.clockDays(t.end() - day));
      cells.add(t.cancelled() || t.visits().isEmpty() ? ""
          : String.format(Locale.ROOT, "%.1f", t.end() - t.visits().get(0).enter()));
      row(b, cells);
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Route zones, numbered when a zone is visited more than once. */
  static List<String> routeLabels(List<String> route) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < route.size(); i++) {
      String z = route.get(i);
      int seen = 0;
      for (int j = 0; j < i; j++) {
        seen += route.get(j).equals(z) ? 1 : 0;
      }
      out.add(seen == 0 ? z : z + " (" + (seen + 1) + ")");
    }
    return out;
  }

  /** A text cell a spreadsheet will not run as a formula. */
  public static String text(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  private static void row(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(cells.get(i)));
    }
    b.append("\r\n");
  }

  /** RFC 4180 quoting. */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
