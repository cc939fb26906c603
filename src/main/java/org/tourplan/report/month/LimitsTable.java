package org.tourplan.report.month;

import static org.tourplan.report.Html.esc;
import static org.tourplan.report.ReportCss.verdictClass;

import org.tourplan.safety.FirstBreach;
import org.tourplan.text.Numbers;
import org.tourplan.safety.LimitVerdict;
import org.tourplan.safety.SafetyReport;
import org.tourplan.scenario.LimitKind;
import org.tourplan.report.Html;

/**
 * The report's "Safety limits" section: one row per limit with its verdict and the first breach of its worst month,
 * plus the plain names of limits used wherever the page speaks of them. Its own class so the page reads section by
 * section; every scenario-derived string goes through {@link Html#esc}.
 */
final class LimitsTable {
  private LimitsTable() {
  }

  /** The plain name of a limit key ("floorVisitors" is "Visitors on the production floor at once"). */
  static String plainName(String limit) {
    LimitKind kind = LimitKind.byKey(limit);
    return kind == null ? limit : kind.words();
  }

  /** Appends the section to {@code b}. */
  static void write(StringBuilder b, SafetyReport safety) {
    b.append("<section id=\"limits\">\n<h2>Safety limits</h2>\n");
    if (safety.limits().isEmpty()) {
      b.append("<p>The scenario file has no <code>limits</code> section: nothing was checked.</p>\n</section>\n");
      return;
    }
    b.append("<p class=\"why\">Each limit checked in every simulated month. SAFE: never breached; AT RISK: "
        + "breached in some months (at most half); UNSAFE: in most months. A limit is breached when strictly exceeded.</p>\n")
        .append("<table id=\"verdicts\" class=\"verdicts\">\n<colgroup><col style=\"width:20%\"><col style=\"width:11%\">"
            + "<col style=\"width:11%\"><col style=\"width:13%\"><col style=\"width:12%\"><col></colgroup>\n"
            + "<thead><tr><th>Limit</th><th>Allowed</th>"
            + "<th>Worst month</th><th>Months breached</th><th>Verdict</th><th>What happened</th></tr></thead>\n<tbody>\n");
    for (LimitVerdict v : safety.limits()) {
      b.append("<tr class=\"").append(verdictClass(v.verdict())).append("\" data-limit=\"").append(esc(v.limit()))
          .append("\"><td>").append(esc(plainName(v.limit()))).append("<br><code>").append(esc(v.limit()))
          .append("</code></td><td>").append(esc(v.allowed())).append("</td><td>").append(esc(v.worstText()))
          .append("</td><td>").append(Numbers.count(v.monthsBreached())).append(" of ").append(Numbers.count(v.months()))
          .append("<br><span class=\"small\">").append(Numbers.percentRounded(v.probability())).append(" (95% CI ")
          .append(Numbers.percentRounded(v.wilsonLow())).append("&ndash;").append(Numbers.percentRounded(v.wilsonHigh())).append(")</span></td>")
          .append("<td><span class=\"badge\">").append(esc(v.verdict().label())).append("</span></td><td class=\"explain\">");
      FirstBreach f = v.first();
      if (f == null) {
        b.append("Never breached.");
      } else {
        b.append("<strong>First breach in its worst month: ").append(esc(Numbers.date(f.date()))).append(" at ")
            .append(esc(f.time())).append(f.zone() == null ? "" : ", " + esc(f.zone())).append(".</strong> ")
            .append(esc(shorten(f.explanation())));
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  /** An explanation cut at a clause boundary when it lists many groups; the full text is in check's output. */
  static String shorten(String s) {
    int max = 320;
    if (s.length() <= max) {
      return capitalise(s);
    }
    int cut = s.lastIndexOf("; ", max);
    if (cut < max / 2) {
      cut = s.lastIndexOf(' ', max);
    }
    String rest = s.substring(cut);
    int more = rest.split("; ").length - 1;
    return capitalise(s.substring(0, cut)) + (more > 0 ? "; and " + more + " more." : "\u2026");
  }

  /** {@code s} with its first letter in upper case. */
  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
