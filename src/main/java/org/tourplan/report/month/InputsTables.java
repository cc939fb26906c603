package org.tourplan.report.month;

import static org.tourplan.report.Html.esc;
import static org.tourplan.report.month.ReportPage.monthName;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tourplan.run.Results;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.scenario.Zone;
import org.tourplan.report.Html;

/**
 * The report's "Scenario inputs" section: the scenario file restated in words (a key/value table) and the zones
 * table, so that a reader can see what was simulated without opening the file. Every string from the scenario goes
 * through {@link Html#esc} (in {@code kv} and the zones table).
 */
final class InputsTables {
  private final StringBuilder b;
  private final Scenario sc;
  private final Results r;

  private InputsTables(StringBuilder b, Scenario sc, Results r) {
    this.b = b;
    this.sc = sc;
    this.r = r;
  }

  /** Appends the section to {@code b}. */
  static void write(StringBuilder b, Scenario sc, Results r) {
    new InputsTables(b, sc, r).inputs();
  }

  private void inputs() {
    b.append("<section id=\"inputs\">\n<h2>Scenario inputs</h2>\n<table class=\"kv\" id=\"inputs-table\">\n<tbody>\n");
    kv("Name", sc.name());
    kv("Month", monthName(sc.month()) + " (" + sc.month() + ")");
    kv("Simulated months", Numbers.count(r.replications()) + " (seed " + r.seed() + ")");
    var g = sc.group();
    kv("Group", g.size() + " places per tour" + (g.overbook() > 0 ? " + " + g.overbook() + " overbooked" : "")
        + "; " + partySizes(g.partySize())
        + "; no-show rate " + Numbers.percentRounded(g.noShowRate()) + "; at most " + g.maxSize() + " persons per tour");
    kv("Route", String.join(" \u2192 ", sc.route()) + " \u2192 back to " + sc.returnTo());
    List<String> legs = new ArrayList<>();
    for (int i = 0; i < sc.route().size(); i++) {
      String from = sc.route().get(i);
      String to = i + 1 < sc.route().size() ? sc.route().get(i + 1) : sc.returnTo();
      legs.add(from + " \u2192 " + to + " " + Numbers.number(sc.travel().minutes(from, to)) + " min");
    }
    kv("Shuttle rides", String.join("; ", legs));
    var s = sc.shuttles();
    kv("Shuttles", s.vehicles() + " vehicles of " + s.seats() + " seats, " + s.mode().name().toLowerCase(Locale.ROOT)
        + " mode; boarding " + dist(s.boardMinutes()));
    kv("Guides", sc.guides().count() + " guides, one per " + sc.guides().maxVisitorsPerGuide() + " visitors");
    List<String> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> times = sc.schedule().days().get(d);
      if (times != null && !times.isEmpty()) {
        days.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + times.stream().map(LocalTime::toString)
            .collect(Collectors.joining(", ")));
      }
    }
    kv("Timetable", days.isEmpty() ? "no weekly tours" : String.join("; ", days));
    if (!sc.schedule().closed().isEmpty()) {
      kv("Closed", sc.schedule().closed().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", ")));
    }
    if (!sc.schedule().extra().isEmpty()) {
      kv("Extra tours", sc.schedule().extra().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().stream()
          .map(LocalTime::toString).collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    }
    Limits l = sc.limits();
    List<String> lim = new ArrayList<>();
    if (l.floorVisitors() != null) {
      lim.add("floor visitors " + Numbers.number(l.floorVisitors()));
    }
    if (l.evacuationMinutes() != null) {
      lim.add("evacuation " + Numbers.number(l.evacuationMinutes()) + " min");
    }
    if (l.maxWaitMinutes() != null) {
      lim.add("wait on the floor " + Numbers.number(l.maxWaitMinutes()) + " min");
    }
    if (l.maxTourMinutes() != null) {
      lim.add("tour " + Numbers.number(l.maxTourMinutes()) + " min");
    }
    if (l.closeTime() != null) {
      lim.add("close " + l.closeTime());
    }
    if (l.noiseDosePercent() != null) {
      lim.add("noise dose " + Numbers.number(l.noiseDosePercent()) + "%");
    }
    for (Limits.Blackout bo : l.blackouts()) {
      lim.add("blackout " + String.join(", ", bo.zones()) + " " + bo.from() + "\u2013" + bo.to());
    }
    kv("Limits", lim.isEmpty() ? "none" : String.join("; ", lim));
    if (sc.target() != null) {
      Target t = sc.target();
      kv("Target", Numbers.count(t.visitorsPerMonth()) + " " + t.unit().name().toLowerCase(Locale.ROOT)
          + " a month in " + Numbers.percentRounded(t.confidence()) + " of months");
    }
    if (sc.demand() != null) {
      kv("Demand", Numbers.count(sc.demand().applicationsPerMonth()) + " applications a month");
    }
    b.append("</tbody>\n</table>\n");

    b.append("<table class=\"zones\" id=\"zones-table\">\n<thead><tr><th>Zone</th><th>Capacity</th><th>Groups at once</th>"
        + "<th>Headway</th><th>Stay (minutes)</th><th>Floor</th><th>Exits (persons/min)</th><th>Noise dB(A)</th>"
        + "</tr></thead>\n<tbody>\n");
    for (Zone z : sc.zones().values()) {
      b.append("<tr><td>").append(esc(z.id())).append("</td><td>").append(z.capacity()).append("</td><td>")
          .append(z.maxGroups() == Integer.MAX_VALUE ? "any" : Integer.toString(z.maxGroups())).append("</td><td>")
          .append(esc(Numbers.number(z.headway()))).append(" min</td><td>").append(esc(dist(z.dwell())))
          .append("</td><td>").append(z.floor() ? "yes" : "no").append("</td><td>")
          .append(z.egressPerMinute() == null ? "&ndash;" : esc(Numbers.number(z.egressPerMinute())))
          .append("</td><td>").append(z.noiseDbA() == null ? "&ndash;" : esc(Numbers.number(z.noiseDbA())))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private void kv(String key, String value) {
    b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
  }

  /** "parties of 1 (5%), 2 (35%), 3 (60%)", weights as shares of their sum. */
  static String partySizes(java.util.SortedMap<Integer, Double> weights) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (weights.size() == 1) {
      return "parties of " + weights.firstKey();
    }
    return "parties of " + weights.entrySet().stream()
        .map(e -> e.getKey() + " (" + Numbers.percentRounded(e.getValue() / sum) + ")").collect(Collectors.joining(", "));
  }

  /** A distribution in words ("2\u20135, most often 3"). */
  static String dist(Distribution d) {
    if (d instanceof Distribution.Constant c) {
      return Numbers.number(c.value());
    } else if (d instanceof Distribution.Triangular t) {
      return Numbers.number(t.min()) + "\u2013" + Numbers.number(t.max()) + ", most often " + Numbers.number(t.mode());
    } else if (d instanceof Distribution.Uniform u) {
      return Numbers.number(u.min()) + "\u2013" + Numbers.number(u.max()) + ", uniform";
    } else if (d instanceof Distribution.Normal n) {
      return "normal, mean " + Numbers.number(n.mean()) + ", sd " + Numbers.number(n.sd());
    } else if (d instanceof Distribution.LogNormal n) {
      return "lognormal, mean " + Numbers.number(n.mean()) + ", sd " + Numbers.number(n.sd());
    } else if (d instanceof Distribution.Exponential e) {
      return "exponential, mean " + Numbers.number(e.mean());
    }
    return Numbers.number(d.mean());
  }
}
