package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tourplan.report.sweep.BarLabels;
import org.tourplan.run.MonthExecutor;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.sweep.SweepJson;
import org.tourplan.report.sweep.SweepReportWriter;
import org.tourplan.sweep.Sweep;
import org.tourplan.sweep.Variant;
import org.tourplan.text.Numbers;

/** What {@code sweep} and {@code compare} share: running the variants, the printed table, the files. */
final class SweepOutput {
  private SweepOutput() {
  }

  /** Runs the variants, prints the table and writes the report (and the JSON file). */
  static int run(Sweep.Kind kind, String name, List<String> keys, List<Variant> variants, ClusterOptions where,
                 int threads, Path json, OutputFolder folder, PrintWriter o) {
    Sweep.Result result;
    long started;
    double seconds;
    long units;
    String on;
    long retried = 0;
    try (MonthExecutor executor = where.open(threads)) {
      on = executor.describe();
      started = System.nanoTime();
      result = Sweep.run(kind, name, keys, variants, executor, null);
      seconds = (System.nanoTime() - started) / 1e9;
      units = executor.units();
      retried = executor.retried();
    }
    print(result, o);
    long months = variants.stream().filter(Variant::valid).mapToLong(v -> v.scenario().replications()).sum();
    o.printf(Locale.ROOT, "%nSimulated %s on %s in %.2f s (%s of up to %s; %,.0f units a second%s)%n",
        Numbers.plural(months, "month"), on, seconds, Numbers.plural(units, "work unit"),
        Numbers.plural(where.batch, "month"), units / Math.max(seconds, 1e-9),
        retried > 0 ? "; " + Numbers.plural(retried, "unit") + " run again after their worker left" : "");
    if (json != null) {
      try {
        SweepJson.write(result, json);
      } catch (IOException e) {
        throw new UserError("cannot write " + Text.safe(json.toString()) + ": " + OutputFolder.reason(e));
      }
      o.println("Results file: " + Text.safe(json.toString()));
    }
    try {
      Path index = SweepReportWriter.write(result, folder);
      o.println("Report: " + Text.safe(index.toString()));
    } catch (IOException e) {
      throw new UserError(Text.safe(Outputs.message(folder, e)));
    }
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
    } else {
      o.println(s.kind() == Sweep.Kind.SWEEP ? "No variant reaches the target with no limit breached."
          : "No scenario reaches the target with no limit breached.");
    }
  }
}
