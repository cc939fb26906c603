package org.tourplan.report.plan;

import static org.tourplan.report.Html.esc;

import org.tourplan.plan.Diagnosis;
import org.tourplan.scenario.PlanSpace;

/** The plan page's answer when nothing is feasible: what binds, what would fix it, the near misses (escaped). */
final class DiagnosisHtml {
  private DiagnosisHtml() {
  }

  /** Why nothing is feasible: what binds, what would fix it, and the near misses. */
  static void append(StringBuilder b, Diagnosis d, PlanSpace.Costs costs) {
    b.append("<h2>Why no candidate is feasible</h2>\n<ul class=\"explain\">");
    for (String x : d.binding()) {
      b.append("<li>").append(esc(x)).append("</li>");
    }
    b.append("</ul>\n");
    if (!d.fixes().isEmpty()) {
      b.append("<h2>What would fix it</h2>\n<p class=\"why\">Each change below was worked out on the same ")
          .append("timetables and counts the search used.</p>\n<ul class=\"explain\">");
      for (String x : d.fixes()) {
        b.append("<li>").append(esc(x)).append("</li>");
      }
      b.append("</ul>\n");
    }
    if (!d.nearMisses().isEmpty()) {
      b.append("<h2>Near misses</h2>\n<p class=\"why\">The candidates closest to passing each check they fail, ")
          .append("closest first.</p>\n<table><thead><tr><th>Check</th><th>Candidate</th><th>Cost a month</th>")
          .append("<th>By how much</th></tr></thead><tbody>\n");
      for (Diagnosis.NearMiss m : d.nearMisses()) {
        b.append("<tr class=\"at-risk\"><td>").append(esc(m.check())).append("</td><td>")
            .append(esc(m.evaluation().candidate().label())).append("</td><td>")
            .append(esc(costs.format(m.evaluation().cost()))).append("</td><td class=\"explain\">").append(esc(m.miss()))
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
  }
}
