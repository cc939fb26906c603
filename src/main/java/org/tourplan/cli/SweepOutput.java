package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.tourplan.report.sweep.BarLabels;
import org.tourplan.app.SweepJob;
import org.tourplan.sweep.Sweep;
import org.tourplan.sweep.Variant;
import org.tourplan.text.Numbers;

/** What {@code sweep} and {@code compare} print: the table of variants, how the months ran, the files written. */
final class SweepOutput {
  private SweepOutput() {
  }

  /** Prints the table of a finished sweep or comparison, how its months ran, and the files it wrote. */
  static int print(SweepJob job, int batch, PrintWriter o) {
    print(job.result(), o);
    o.printf(Locale.ROOT, "%nRan %s in %s (up to %s each) on %s in %.2f s: %,.0f units/s%s%n",
        Numbers.plural(job.months(), "month"), Numbers.plural(job.units(), "unit"), Numbers.plural(batch, "month"),
        job.on(), job.seconds(), job.units() / Math.max(job.seconds(), 1e-9),
        job.retried() > 0 ? "; " + job.retried() + " units run again after their worker left" : "");
    if (job.json() != null) {
      o.println("Results file: " + Text.safe(job.json().toString()));
    }
    o.println("Report: " + Text.safe(job.index().toString()));
    return 0;
  }

  private static void print(Sweep.Result s, PrintWriter o) {
    Sweep.Row first = s.firstValid();
    if (s.kind() == Sweep.Kind.SWEEP) {
      o.printf(Locale.ROOT, "%s%nSweep of %s: %s, %s each, seed %d for all (the same random "
              + "numbers, so differences come from the settings)%n%n", Text.safe(s.name()),
          String.join(", ", s.keys()), Numbers.plural(s.rows().size(), "variant"),
          Numbers.plural(first.results().replications(), "month"), first.results().seed());
    } else {
      o.printf(Locale.ROOT, "Comparison of %s, each with its own seed and months%n%n",
          Numbers.plural(s.rows().size(), "scenario"));
    }
    List<String> labels = BarLabels.of(s, s.rows(), 60); // never two rows cut to the same text
    int w = 10;
    for (String l : labels) {
      w = Math.max(w, Text.safe(l).length());
    }
    String fmt = "%-" + w + "s  %10s  %11s  %10s  %-9s  %20s%s%n";
    o.printf(Locale.ROOT, fmt, s.kind() == Sweep.Kind.SWEEP ? "variant" : "scenario", "visitors", "turned away",
        "P(target)", "safety", "cost/month", "");
    int notValid = 0;
    for (int i = 0; i < s.rows().size(); i++) {
      Sweep.Row r = s.rows().get(i);
      String label = Text.safe(labels.get(i));
      if (!r.valid()) {
        notValid++;
        o.printf(Locale.ROOT, fmt, label, "-", "-", "-", Sweep.NOT_VALID, "-",
            "  " + Text.safe(r.variant().reason()));
        continue;
      }
      o.printf(Locale.ROOT, fmt, label,
          Numbers.amount(r.results().metric("visitorsPerMonth").summary().mean()),
          Numbers.amount(r.results().metric("turnedAway").summary().mean()),
          r.results().target() == null ? "-" : Numbers.percent(r.results().target().probability()), r.status(),
          Text.safe(r.cost().text()), "");
    }
    o.println();
    if (notValid > 0) {
      o.printf(Locale.ROOT, notValid == 1
          ? "%d of %d variants is not a valid scenario (the reason is on its line); it was not simulated.%n"
          : "%d of %d variants are not valid scenarios (the reason is on their line); they were not simulated.%n",
          notValid, s.rows().size());
    }
    if (s.best() >= 0) {
      o.println("Cheapest that reaches the target with no limit breached: "
          + Text.safe(s.rows().get(s.best()).variant().label()));
      List<Integer> tied = s.tiedWithBest();
      if (!tied.isEmpty()) {
        o.printf(Locale.ROOT, "  one of %d that cost the same; first for %s (equal cost: more visitors, then fewer "
            + "turned away, then the earlier row)%n", tied.size() + 1, s.tieBrokenBy());
      }
    } else if (s.goodRows().size() > 1 && !s.costsComparable()) {
      o.println("Not ranked: the scenarios that reach the target with no limit breached price their costs in "
          + "different currencies (" + Text.safe(String.join(", ", s.currencies())) + ").");
    } else {
      o.println(s.kind() == Sweep.Kind.SWEEP ? "No variant reaches the target with no limit breached."
          : "No scenario reaches the target with no limit breached.");
    }
  }
}
