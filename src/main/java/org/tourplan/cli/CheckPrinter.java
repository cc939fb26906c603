package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tourplan.run.Results;
import org.tourplan.safety.FirstBreach;
import org.tourplan.safety.LimitVerdict;
import org.tourplan.safety.LimitWords;
import org.tourplan.safety.SafetyReport;
import org.tourplan.text.Numbers;

/** What {@code check} prints: a verdict per limit, with where and why it first broke, then the overall verdict. */
final class CheckPrinter {
  private CheckPrinter() {
  }

  static void print(PrintWriter out, Results r, SafetyReport report) {
    out.printf(Locale.ROOT, "%s%n%s, %s simulated (seed %d)%n%n", Text.safe(r.scenario()), r.month(),
        Numbers.plural(r.replications(), "month"), r.seed());
    if (report.limits().isEmpty()) {
      out.println("No limits in the file: nothing to check. Add a limits section (see docs/scenario-format.md).");
      return;
    }
    for (LimitVerdict v : report.limits()) {
      out.printf(Locale.ROOT, "%-9s %s (allowed: %s)%n", v.verdict().label(), v.limit(), v.allowed());
      out.printf(Locale.ROOT, "          breached in %,d of %s: %s (95%% CI %s to %s); worst %s%n",
          v.monthsBreached(), Numbers.plural(v.months(), "month"), Numbers.percent(v.probability()), Numbers.percent(v.wilsonLow()),
          Numbers.percent(v.wilsonHigh()), v.worstText());
      FirstBreach f = v.first();
      if (f != null) {
        out.printf(Locale.ROOT, "          in its worst month (#%d) it first broke on %s at %s%s:%n          %s%n",
            f.replication() + 1, Numbers.date(f.date()), f.time(), f.zone() == null ? "" : " at "
                + Text.safe(f.zone()), Text.safe(f.explanation()));
      }
    }
    out.printf(Locale.ROOT, "%nVerdict: %s%n", switch (report.overall()) {
      case SAFE -> "SAFE: " + LimitWords.noneBreached(report.limits()) + " in any of the "
          + Numbers.count(r.replications()) + " simulated months.";
      case AT_RISK -> "AT RISK: some limits were breached in some months (see above).";
      case UNSAFE -> "UNSAFE: some limits were breached in most months (see above).";
    });
  }
}
