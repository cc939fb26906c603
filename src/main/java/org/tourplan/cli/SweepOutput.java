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
    o.printf(Locale.ROOT, "%nSimulated %s on %s in %.2f s (%s of up to %s; %,.0f units a second%s)%n",
        Numbers.plural(job.months(), "month"), job.on(), job.seconds(), Numbers.plural(job.units(), "work unit"),
        Numbers.plural(batch, "month"), job.units() / Math.max(job.seconds(), 1e-9),
        job.retried() > 0 ? "; " + Numbers.plural(job.retried(), "unit") + " run again after their worker left" : "");
    if (job.json() != null) {
      o.println("Results file: " + Text.safe(job.json().toString()));
    }
    o.println("Report: " + Text.safe(job.index().toString()));
    return 0;
  }

  /** {@code s} padded to {@code w} terminal columns. */
  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - LineWrap.columns(s)));
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
    int costs = "cost a month".length();
    for (int i = 0; i < s.rows().size(); i++) {
      w = Math.max(w, LineWrap.columns(Text.safe(labels.get(i))));
      if (s.rows().get(i).valid()) {
        costs = Math.max(costs, Text.safe(s.rows().get(i).cost().text()).length());
      }
    }
    String data = "%8s  %11s  %9s  %-9s  %" + costs + "s%s";
    int dataWidth = 8 + 2 + 11 + 2 + 9 + 2 + 9 + 2 + costs;
    // a row fits on one line, or its label goes on a line of its own above the figures
    boolean own = w + 2 + dataWidth > Terminal.widthOf(o);
    String column = s.kind() == Sweep.Kind.SWEEP ? "variant" : "scenario";
    String header = String.format(Locale.ROOT, data, "visitors", "turned away", "P(target)", "safety", "cost a month",
        "");
    if (own) {
      o.println(column);
      o.println("  " + header);
    } else {
      o.println(pad(column, w) + "  " + header);
    }
    int notValid = 0;
    for (int i = 0; i < s.rows().size(); i++) {
      Sweep.Row r = s.rows().get(i);
      String label = Text.safe(labels.get(i));
      String figures;
      if (!r.valid()) {
        notValid++;
        figures = String.format(Locale.ROOT, data, "-", "-", "-", Sweep.NOT_VALID, "-",
            "  " + Text.safe(r.variant().reason()));
      } else {
        figures = String.format(Locale.ROOT, data,
            Numbers.amount(r.results().metric("visitorsPerMonth").summary().mean()),
            Numbers.amount(r.results().metric("turnedAway").summary().mean()),
            r.results().target() == null ? "-" : Numbers.percent(r.results().target().probability()), r.status(),
            Text.safe(r.cost().text()), "");
      }
      if (own) {
        o.println(label);
        o.println("  " + figures);
      } else {
        o.println(pad(label, w) + "  " + figures);
      }
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
