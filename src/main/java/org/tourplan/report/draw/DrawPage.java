package org.tourplan.report.draw;

import static org.tourplan.report.Html.esc;

import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;
import org.tourplan.report.ReportCss;
import org.tourplan.text.Numbers;

/**
 * The draw's page, {@code index.html}: who won (counts), the places, the rule, the chance by points, the winners per
 * tour, the days asked for, the waitlist and how to check the draw. No id reaches it. Its words are
 * {@link DrawWords}'; every string is escaped.
 */
final class DrawPage {
  private DrawPage() {
  }

  static String html(DrawResult d, String scenario) {
    StringBuilder b = new StringBuilder(16 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(DrawWords.title(scenario))).append("</title>\n<style>\n").append(ReportCss.CSS)
        .append("td.num, th.num { text-align: right; white-space: nowrap; }\n")
        .append("code.hash { overflow-wrap: anywhere; }\n</style>\n</head>\n<body>\n<main>\n");
    b.append("<p class=\"kicker\">").append(esc(DrawWords.kicker(d))).append("</p>\n<h1>").append(esc(scenario))
        .append("</h1>\n<section class=\"headline\">\n");
    answer(b, "neutral", DrawWords.whoWonLabel(), DrawWords.whoWon(d));
    answer(b, "neutral", DrawWords.placesLabel(), DrawWords.places(d));
    answer(b, "neutral", DrawWords.ruleLabel(), DrawWords.rule(d));
    b.append("</section>\n");
    chances(b, d);
    tours(b, d);
    section(b, "preferences", DrawWords.preferencesHeading(), DrawWords.preferences(d));
    section(b, "passed-over", DrawWords.passedOverHeading(), DrawWords.passedOver(d));
    section(b, "waitlist", DrawWords.waitlistHeading(), DrawWords.waitlist(d));
    section(b, "check", DrawWords.checkHeading(), DrawWords.check(d));
    b.append("<footer><p>").append(esc(DrawWords.privacy())).append("</p></footer>\n");
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void answer(StringBuilder b, String kind, String label, String text) {
    b.append("<div class=\"answer ").append(kind).append("\"><h2>").append(esc(label)).append("</h2><p>")
        .append(esc(text)).append("</p></div>\n");
  }

  private static void section(StringBuilder b, String id, String heading, String text) {
    b.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n<p>")
        .append(esc(text)).append("</p>\n</section>\n");
  }

  private static void chances(StringBuilder b, DrawResult d) {
    b.append("<section id=\"chance\">\n<h2>").append(esc(DrawWords.chanceHeading())).append("</h2>\n<p class=\"why\">")
        .append(esc(DrawWords.chanceWhy(d))).append("</p>\n<table>\n<thead><tr>");
    String[] cols = DrawWords.chanceColumns();
    for (int i = 0; i < cols.length; i++) {
      b.append(i == 0 ? "<th>" : "<th class=\"num\">").append(esc(cols[i])).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (DrawResult.PointsClass c : d.classes()) {
      b.append("<tr><td>").append(c.points()).append("</td><td class=\"num\">").append(esc(Numbers.number(c.weight())))
          .append("</td><td class=\"num\">").append(esc(Numbers.count(c.applicants())))
          .append("</td><td class=\"num\">").append(esc(Numbers.count(c.winners())))
          .append("</td><td class=\"num\">").append(esc(DrawWords.chanceValue(c.chance())))
          .append("</td><td class=\"num\">").append(esc(DrawWords.chanceOdds(c.chance()))).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void tours(StringBuilder b, DrawResult d) {
    Places p = d.places();
    int[] asked = new int[p.tours().size()];
    for (int i = 0; i < d.tourOf().length; i++) {
      if (d.tourOf()[i] >= 0 && d.chosen()[i]) {
        asked[d.tourOf()[i]]++;
      }
    }
    b.append("<section id=\"tours\">\n<h2>").append(esc(DrawWords.toursHeading())).append("</h2>\n<p class=\"why\">")
        .append(esc(DrawWords.toursWhy(d))).append("</p>\n<table>\n<thead><tr>");
    String[] cols = DrawWords.tourColumns();
    for (int i = 0; i < cols.length; i++) {
      b.append(i < 2 ? "<th>" : "<th class=\"num\">").append(esc(cols[i])).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (int t = 0; t < p.tours().size(); t++) {
      Places.Tour tour = p.tours().get(t);
      b.append("<tr><td>").append(esc(Numbers.date(tour.date()))).append("</td><td>").append(esc(tour.start().toString()))
          .append("</td><td class=\"num\">").append(d.tourParties()[t]).append(" / ").append(p.partiesPerTour())
          .append("</td><td class=\"num\">").append(d.tourPersons()[t]).append(" / ").append(p.maxPersons())
          .append("</td><td class=\"num\">").append(asked[t]).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }
}
