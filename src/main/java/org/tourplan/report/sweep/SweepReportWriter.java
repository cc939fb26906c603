package org.tourplan.report.sweep;

import static org.tourplan.report.Html.esc;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Target;
import org.tourplan.sweep.Sweep;
import org.tourplan.output.AtomicFiles;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.Palette;
import org.tourplan.report.PercentAxis;
import org.tourplan.report.ReportCss;

/**
 * The comparison report of a sweep or of compared files, in the folder {@link #folder} names, with
 * {@code index.html} (the best variant in one sentence, a table of every variant's visitors, P(target), limit
 * breaches, verdict and cost, and two charts), {@code visitors.png}, {@code target.png}, {@code sweep.csv} and
 * {@code sweep.json}. A variant that is not a valid scenario has its table row with the loader's reason and is left
 * out of the charts. Written all or nothing by {@link OutputFolder}, like the month report; every
 * scenario-derived string is escaped. It passes 400 lines while the page's wording moves into message bundles
 * (issue 20), which takes its sentences out of the code.
 */
public final class SweepReportWriter {
  private static final Color MISSED = new Color(0x9ECAE1);
  private static final int WIDTH = ChartStyle.WIDTH;

  private SweepReportWriter() {
  }

  /**
   * The folder of a sweep's report when the caller chose none: {@code OUT/<slug>/sweep-<slug of the keys>/}, or
   * for a comparison {@code OUT/<slug of the first>/compare-<slug of the other files>/} (the files as the rows'
   * {@code file} settings name them).
   */
  public static OutputFolder folder(Sweep.Result s, Path outDir) {
    if (s.kind() == Sweep.Kind.SWEEP) {
      return OutputFolder.sweep(outDir, s.name(), s.keys());
    }
    List<String> names = new java.util.ArrayList<>();
    List<Path> files = new java.util.ArrayList<>();
    for (Sweep.Row r : s.rows()) {
      names.add(r.variant().scenario() == null ? r.variant().label() : r.variant().scenario().name());
      files.add(Path.of(r.variant().settings().getOrDefault("file", r.variant().label())));
    }
    return OutputFolder.compare(outDir, names, files);
  }

  /** Writes the report under {@code outDir} and returns its index.html; on failure an earlier one stays. */
  public static Path write(Sweep.Result s, Path outDir) throws IOException {
    return write(s, folder(s, outDir));
  }

  /** Writes the report into a folder the caller chose (and checked before the work began). */
  public static Path write(Sweep.Result s, OutputFolder folder) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    return folder.write(fresh -> {
      int h = height(s.validRows().size());
      AtomicFiles.write(fresh.resolve("visitors.png"), o -> ChartUtils.writeChartAsPNG(o, visitors(s), WIDTH, h));
      boolean targets = s.validRows().stream().anyMatch(r -> r.results().target() != null);
      if (targets) {
        AtomicFiles.write(fresh.resolve("target.png"), o -> ChartUtils.writeChartAsPNG(o, target(s), WIDTH, h));
      }
      AtomicFiles.write(fresh.resolve("sweep.json"), SweepJson.bytes(s));
      AtomicFiles.write(fresh.resolve("sweep.csv"), SweepJson.csv(s));
      AtomicFiles.write(fresh.resolve("index.html"), page(s, targets, h).getBytes(StandardCharsets.UTF_8));
    }).resolve("index.html");
  }

  static int height(int rows) {
    return 150 + 40 * rows;
  }

  // ------------------------------------------------------------------------------------------------ page

  static String page(Sweep.Result s, boolean targets, int chartHeight) {
    StringBuilder b = new StringBuilder(32 * 1024);
    boolean sweep = s.kind() == Sweep.Kind.SWEEP;
    String title = (sweep ? "tourplan sweep: " : "tourplan comparison: ") + String.join("; ", names(s));
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(ReportCss.CSS)
        .append("tr.best td { font-weight: 700; }\n")
        .append("td.num, th.num { text-align: right; } td.num { white-space: nowrap; }\n")
        .append("tr.not-valid td { color: var(--muted); }\n")
        .append("tr.not-valid .badge { background: #f0f0f0; color: var(--muted); border: 1px solid var(--line); }\n")
        .append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<p class=\"kicker\">").append(sweep ? "tourplan sweep" : "tourplan comparison").append(" · ")
        .append(Numbers.plural(s.rows().size(), sweep ? "variant" : "scenario")).append("</p>\n<h1>")
        .append(esc(sweep ? s.name() : String.join("; ", names(s)))).append("</h1>\n");
    Sweep.Row first = s.firstValid();
    if (sweep) {
      b.append("<p>Every combination of ").append(esc(String.join(", ", s.keys())))
          .append(", each simulated for ").append(Numbers.count(first.results().replications()))
          .append(" months with the same random numbers (seed ").append(first.results().seed())
          .append("), so the differences between rows come from the settings, not from chance.</p>\n");
    } else {
      b.append("<p>Whole scenario files side by side, each simulated for its own months and seed (shown in the "
          + "table).</p>\n");
    }
    headline(b, s);
    table(b, s);
    int notValid = s.rows().size() - s.validRows().size();
    String left = notValid == 0 ? "" : " " + notValidNote(notValid, sweep) + " are left out: they were not simulated.";
    chart(b, "visitors.png", "Visitors a month", "The mean over the simulated months, with the target line. "
        + "Dark blue: reaches the target with no limit breached; light blue: safe but misses the target; red: "
        + "a safety limit was breached in some month." + left, chartHeight);
    if (targets) {
      chart(b, "target.png", "Chance of reaching the target", "The share of simulated months that reach the "
          + "target, against the confidence the file asks for (dashed line)." + left, chartHeight);
    }
    b.append("<footer>\n<h2>How to read this</h2>\n<ul>\n")
        .append("<li><b>Visitors</b>: persons admitted in a month, the mean over the simulated months and its 95% "
            + "confidence interval.</li>\n")
        .append("<li><b>P(target)</b>: the share of simulated months that reach the file's target; the target is "
            + "met when it is at least the file's confidence.</li>\n")
        .append("<li><b>Safety</b>: SAFE when no limit was breached in any simulated month, AT RISK when in some, "
            + "UNSAFE when in most; the limits column names each breached limit and the share of months.</li>\n")
        .append("<li><b>Cost</b>: tours x cost per tour + days with tours x (vehicles x cost per vehicle-day + "
            + "guides x cost per guide-day), weekend tours and guide-days times <code>plan.costs.weekendRate</code>, "
            + "from the file's <code>plan.costs</code>, as the planner counts it.</li>\n")
        .append(s.kind() != Sweep.Kind.SWEEP ? "" : "<li><b>As written</b>: the row whose values are the file's "
            + "own, the file as it is.</li>\n")
        .append(s.kind() != Sweep.Kind.SWEEP ? "" : "<li><b>Not valid</b>: the values make the file invalid (for "
            + "example too few shuttle seats for the largest group the file admits); the row gives the loader's "
            + "reason, and the variant is not simulated, not charted and never the cheapest that works.</li>\n")
        .append("<li>Every figure of every row is in <code>sweep.csv</code> and <code>sweep.json</code> beside "
            + "this page.</li>\n</ul>\n</footer>\n");
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  /** The names of a comparison's files (a file that is not valid: its label), in the order given. */
  static List<String> names(Sweep.Result s) {
    return s.rows().stream().map(r -> r.variant().scenario() == null ? r.variant().label()
        : r.variant().scenario().name()).toList();
  }

  private static String notValidNote(int n, boolean sweep) {
    return n + (n == 1 ? (sweep ? " variant" : " scenario") + " that is not valid"
        : (sweep ? " variants" : " scenarios") + " that are not valid");
  }

  private static void headline(StringBuilder b, Sweep.Result s) {
    int notValid = s.rows().size() - s.validRows().size();
    String note = notValid == 0 ? "" : "<p class=\"small\">" + esc(notValidNote(notValid,
        s.kind() == Sweep.Kind.SWEEP)) + " (the values make the file invalid) " + (notValid == 1 ? "was" : "were")
        + " not simulated; the table gives the reason.</p>";
    if (s.best() >= 0) {
      Sweep.Row r = s.rows().get(s.best());
      b.append("<section class=\"answer ok\"><h2>Cheapest that works</h2><p><span class=\"verdict\">")
          .append(esc(r.variant().label())).append("</span>: ").append(esc(visitors(r))).append(" visitors a "
              + "month, reaches the target in ").append(Numbers.percent(r.results().target().probability()))
          .append(" of months, ").append(esc(Numbers.amount(r.results().metric("turnedAway").summary().mean())))
          .append(" persons turned away, no limit breached, cost ").append(esc(r.cost().text()))
          .append(" a month.</p>");
      List<Integer> tied = s.tiedWithBest();
      if (!tied.isEmpty()) {
        b.append("<p class=\"small\"><strong>A tie:</strong> ").append(tied.size() == 1 ? "one other row"
                : tied.size() + " other rows").append(" that work cost exactly as much (")
            .append(esc(tied.stream().map(i -> s.rows().get(i).variant().label()).collect(
                java.util.stream.Collectors.joining("; ")))).append("); this one comes first for ")
            .append(esc(s.tieBrokenBy())).append(" (equal cost: more visitors, then fewer persons turned away, ")
            .append("then the earlier row, as tourplan plan decides).</p>");
      }
      b.append(note).append("</section>\n");
    } else if (s.goodRows().size() > 1 && !s.costsComparable()) {
      b.append("<section class=\"answer neutral\" id=\"not-ranked\"><h2>Cheapest that works</h2><p>")
          .append("<span class=\"verdict\">Not ranked</span>: ").append(s.goodRows().size())
          .append(" scenarios reach the target with no limit breached, but their costs are in different currencies (")
          .append(esc(String.join(", ", s.currencies()))).append(") and no exchange rate is known, so none is called ")
          .append("the cheapest: ").append(esc(s.goodRows().stream().map(r -> r.variant().label() + " at "
              + r.cost().text() + " a month").collect(java.util.stream.Collectors.joining("; "))))
          .append(".</p>").append(note).append("</section>\n");
    } else {
      b.append("<section class=\"answer breached\"><h2>Cheapest that works</h2><p><span class=\"verdict\">None"
          + "</span>: no row both reaches the target and stays within every limit in every simulated month."
          + "</p>");
      Sweep.Row closest = closest(s);
      if (closest != null) {
        b.append("<p id=\"closest\">Closest: <strong>").append(esc(closest.variant().label())).append("</strong>, ")
            .append(esc(closeness(closest))).append(".</p>");
      }
      b.append(note).append("</section>\n");
    }
  }

  /**
   * The row nearest to working when none does: a safe row with the best chance of reaching the target, else a row
   * that reaches it with the fewest months breaching a limit, else the row with the fewest such months (first in
   * the grid on ties); null when no row was simulated.
   */
  static Sweep.Row closest(Sweep.Result s) {
    java.util.Comparator<Sweep.Row> order = java.util.Comparator
        .comparingInt((Sweep.Row r) -> r.anyBreach() == 0 ? 0 : met(r) ? 1 : 2)
        .thenComparingInt(Sweep.Row::anyBreach)
        .thenComparingDouble(r -> r.results().target() == null ? 0 : -r.results().target().probability());
    return s.validRows().stream().min(order).orElse(null);
  }

  private static boolean met(Sweep.Row r) {
    return r.results().target() != null && r.results().target().met();
  }

  /** "no limit breached, but reaches the target in only 65% of months (95% needed)", and the like. */
  private static String closeness(Sweep.Row r) {
    Results.TargetResult t = r.results().target();
    String target = t == null ? "no target" : (t.met() ? "reaches the target in " : "reaches the target in only ")
        + Numbers.percentRounded(t.probability()) + " of months (" + Numbers.percentRounded(t.confidence())
        + " needed)";
    int n = r.results().replications();
    if (t == null) {
      return r.anyBreach() == 0 ? "no limit breached; the file has no target" : "a limit was breached in "
          + Numbers.count(r.anyBreach()) + " of " + Numbers.plural(r.results().replications(), "month") + " simulated";
    }
    return r.anyBreach() == 0 ? "no limit breached, but " + target
        : target + ", but a limit was breached in " + Numbers.count(r.anyBreach()) + " of "
        + Numbers.plural(n, "month") + " simulated";
  }

  private static void table(StringBuilder b, Sweep.Result s) {
    boolean sweep = s.kind() == Sweep.Kind.SWEEP;
    b.append("<h2>").append(sweep ? "Every variant" : "Every scenario").append("</h2>\n<table>\n<thead><tr>");
    if (sweep) {
      for (String k : s.keys()) {
        b.append("<th class=\"num\">").append(esc(k)).append("</th>");
      }
    } else {
      b.append("<th>scenario</th><th class=\"num\">seed</th><th class=\"num\">months</th>");
    }
    b.append("<th class=\"num\">visitors a month (95% CI)</th><th class=\"num\">turned away a month</th>"
        + "<th class=\"num\">P(target)</th>"
        + "<th>limits breached</th><th>safety</th>");
    // one currency per column: files priced in different currencies never share a column that invites ranking
    List<String> currencies = s.currencies().isEmpty() ? List.of("") : s.currencies();
    for (String c : currencies) {
      b.append("<th class=\"num\">cost a month").append(c.isEmpty() ? "" : " (" + esc(c) + ")").append("</th>");
    }
    for (String c : currencies) {
      b.append("<th class=\"num\">cost per visitor").append(c.isEmpty() ? "" : " (" + esc(c) + ")")
          .append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < s.rows().size(); i++) {
      Sweep.Row r = s.rows().get(i);
      if (!r.valid()) {
        notValidRow(b, s, r);
        continue;
      }
      Results res = r.results();
      String cls = ReportCss.verdictClass(r.safety());
      b.append("<tr class=\"").append(cls).append(i == s.best() ? " best" : "")
          .append(r.variant().asWritten() ? " own" : "").append("\">");
      if (sweep) {
        boolean first = true;
        for (String k : s.keys()) {
          b.append("<td class=\"num\">").append(esc(r.variant().settings().get(k)));
          if (first && r.variant().asWritten()) {
            b.append("<span class=\"own-mark\">as written</span>");
          }
          first = false;
          b.append("</td>");
        }
      } else {
        b.append("<td>").append(esc(r.variant().label())).append("</td><td class=\"num\">").append(res.seed())
            .append("</td><td class=\"num\">").append(Numbers.count(res.replications())).append("</td>");
      }
      Summary v = res.metric("visitorsPerMonth").summary();
      b.append("<td class=\"num\">").append(esc(visitors(r))).append(" <span class=\"small\">(")
          .append(esc(Numbers.count(v.ciLow()))).append("–").append(esc(Numbers.count(v.ciHigh())))
          .append(")</span></td>");
      b.append("<td class=\"num\">").append(esc(Numbers.amount(res.metric("turnedAway").summary().mean())))
          .append("</td>");
      b.append("<td class=\"num\">").append(res.target() == null ? "no target"
          : Numbers.percent(res.target().probability()) + (res.target().met() ? " ✓" : "")).append("</td>");
      StringBuilder lim = new StringBuilder();
      for (Results.BreachResult br : res.breaches()) {
        if (br.monthsBreached() > 0) {
          lim.append(lim.length() == 0 ? "" : ", ").append(br.rule().name()).append(" ")
              .append(Numbers.percent(br.probability()));
        }
      }
      b.append("<td class=\"explain\">").append(lim.length() == 0 ? "none" : esc(lim.toString())).append("</td>");
      b.append("<td><span class=\"badge\">").append(esc(r.safety().label())).append("</span></td>");
      String mine = r.cost().costs().currency();
      for (String c : currencies) {
        b.append("<td class=\"num\">").append(c.equals(mine) ? esc(Numbers.count(r.cost().cost())) : "–")
            .append("</td>");
      }
      for (String c : currencies) {
        b.append("<td class=\"num\">").append(c.equals(mine) && v.mean() > 0
            ? esc(Numbers.number(r.cost().cost() / v.mean())) : "–").append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /** A variant that is not valid: its settings, the reason across the visitors, P(target) and limits columns. */
  private static void notValidRow(StringBuilder b, Sweep.Result s, Sweep.Row r) {
    b.append("<tr class=\"not-valid\">");
    if (s.kind() == Sweep.Kind.SWEEP) {
      for (String k : s.keys()) {
        b.append("<td class=\"num\">").append(esc(r.variant().settings().get(k))).append("</td>");
      }
    } else {
      b.append("<td>").append(esc(r.variant().label())).append("</td><td class=\"num\">–</td>")
          .append("<td class=\"num\">–</td>");
    }
    b.append("<td colspan=\"4\" class=\"explain reason\">Not simulated: ").append(esc(r.variant().reason()))
        .append("</td><td><span class=\"badge\">").append(esc(Sweep.NOT_VALID))
        .append("</span></td>").append("<td class=\"num\">–</td>".repeat(2 * Math.max(1, s.currencies().size())))
        .append("</tr>\n");
  }

  private static void chart(StringBuilder b, String file, String title, String why, int height) {
    b.append("<section class=\"chart\">\n<h2>").append(esc(title)).append("</h2>\n<p class=\"why\">")
        .append(esc(why)).append("</p>\n<figure><img src=\"").append(esc(file)).append("\" width=\"")
        .append(WIDTH).append("\" height=\"").append(height).append("\" alt=\"").append(esc(title))
        .append("\"></figure>\n</section>\n");
  }

  private static String visitors(Sweep.Row r) {
    return Numbers.count(r.results().metric("visitorsPerMonth").summary().mean());
  }

  // ------------------------------------------------------------------------------------------------ charts

  private static Paint colour(Sweep.Row r) {
    if (r.anyBreach() > 0) {
      return Palette.LIMIT;
    }
    return r.results().target() == null || r.results().target().met() ? Palette.PRIMARY : MISSED;
  }

  /**
   * One bar per valid row ({@code values} in the order of {@link Sweep.Result#validRows()}), on {@code v}; the
   * reference line (target, needed share) is named in the legend, where it cannot cover a bar.
   */
  private static JFreeChart bars(Sweep.Result s, NumberAxis v, double[] values, Double line, String lineLabel,
                                 DecimalFormat fmt) {
    List<Sweep.Row> rows = s.validRows();
    List<String> labels = BarLabels.of(s, rows);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < values.length; i++) {
      // no value (a compared file without a target): no bar, rather than a bar at 0 that reads "never reached"
      data.addValue(Double.isNaN(values[i]) ? null : values[i], "value", labels.get(i));
    }
    BarRenderer r = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return colour(rows.get(column));
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setMaximumBarWidth(0.7);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", fmt));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(Palette.TICK);
    r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryAxis categories = new CategoryAxis(BarLabels.axis(s, labels, rows));
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    CategoryPlot p = new CategoryPlot(data, categories, v, r);
    p.setOrientation(PlotOrientation.HORIZONTAL);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(new LegendItem("reaches the target, safe", Palette.PRIMARY));
    legend.add(new LegendItem("safe, misses the target", MISSED));
    legend.add(new LegendItem("a limit breached", Palette.LIMIT));
    if (line != null) {
      p.addRangeMarker(new ValueMarker(line, Palette.REFERENCE, Palette.LIMIT_STROKE), Layer.FOREGROUND);
      legend.add(new LegendItem(lineLabel, null, null, null, new Line2D.Double(0, 0, 16, 0), Palette.LIMIT_STROKE,
          Palette.REFERENCE));
    }
    p.setFixedLegendItems(legend);
    return ChartStyle.style(new JFreeChart(null, Palette.TITLE, p, true));
  }

  static JFreeChart visitors(Sweep.Result s) {
    List<Sweep.Row> rows = s.validRows();
    double[] v = new double[rows.size()];
    Double target = null;
    for (int i = 0; i < v.length; i++) {
      Sweep.Row r = rows.get(i);
      v[i] = r.results().metric("visitorsPerMonth").summary().mean();
      if (r.results().target() != null && r.results().target().unit() == Target.Unit.VISITORS) {
        target = target == null ? r.results().target().goal() : Math.max(target, r.results().target().goal());
      }
    }
    NumberAxis axis = new NumberAxis("visitors a month (mean)");
    axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
    double max = target == null ? 0 : target;
    for (double x : v) {
      max = Math.max(max, x);
    }
    axis.setRange(0, Math.max(1, max) * 1.18); // room for the bars' labels
    return bars(s, axis, v, target, target == null ? null : "target " + Numbers.count(target),
        new DecimalFormat("#,##0"));
  }

  static JFreeChart target(Sweep.Result s) {
    List<Sweep.Row> rows = s.validRows();
    double[] v = new double[rows.size()];
    Double conf = null;
    for (int i = 0; i < v.length; i++) {
      Results.TargetResult t = rows.get(i).results().target();
      v[i] = t == null ? Double.NaN : 100 * t.probability();
      if (t != null) {
        conf = conf == null ? 100 * t.confidence() : Math.max(conf, 100 * t.confidence());
      }
    }
    // past 100 only to leave room for the label of a bar at 100%; no tick there
    return bars(s, new PercentAxis("months reaching the target (%)", 0, 112, 10), v, conf,
        conf == null ? null : "needed " + Numbers.percentShort(conf / 100), new DecimalFormat("0.0"));
  }
}
