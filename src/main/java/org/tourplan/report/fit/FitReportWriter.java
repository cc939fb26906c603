package org.tourplan.report.fit;

import static org.tourplan.fit.FitWords.num;
import static org.tourplan.report.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.tourplan.fit.CheckinFit;
import org.tourplan.fit.DurationFit;
import org.tourplan.fit.Fit;
import org.tourplan.fit.FitWords;
import org.tourplan.fit.Fitter;
import org.tourplan.fit.Rides;
import org.tourplan.output.AtomicFiles;
import org.tourplan.report.ChartStyle;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.ReportCss;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Zone;

/**
 * Writes the fit folder {@code OUT/<slug>/fit/}: {@code index.html}, its charts, {@code fit.json} and, when the fitted
 * scenario is valid, {@code fitted.yaml}. All or nothing through {@link OutputFolder}; every text from the input is
 * escaped; the page's sentences are {@link FitPageText}'s.
 */
public final class FitReportWriter {
  private static final int WIDTH = ChartStyle.WIDTH;

  private FitReportWriter() {
  }

  private record Chart(String file, String title, String why, JFreeChart chart, int height) { }

  /**
   * Writes the folder and returns its index.html. {@code fittedYaml} is the fitted file's text, or null when the
   * fitted scenario is not valid, whose loader messages are then {@code invalid}.
   */
  public static Path write(Scenario s, Fit f, List<String> replaced, String fittedYaml, List<String> invalid,
                           OutputFolder folder) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    List<Chart> charts = new ArrayList<>();
    charts.add(new Chart("tour-sizes.png", FitPageText.TOURS_HEAD, FitPageText.tourSizesWhy(f.checkins().maxSize()),
        FitCharts.tourSizes(f.checkins()), 340));
    int i = 0;
    for (Map.Entry<String, DurationFit> e : samples(f).entrySet()) {
      DurationFit d = e.getValue();
      if (d.chosen() != null && d.chosen().fit().distribution(null) != null) {
        String what = e.getKey().equals(Fit.BOARD_KEY) ? "boarding" : "dwell";
        charts.add(new Chart("hist-" + i + ".png", e.getKey(), FitPageText.histogramWhy(what),
            FitCharts.histogram(d, what), FitCharts.HEIGHT));
        charts.add(new Chart("qq-" + i + ".png", e.getKey(), FitPageText.qqWhy(d.chosen().fit().family().word()),
            FitCharts.qq(d), FitCharts.HEIGHT));
      }
      i++;
    }
    String page = page(s, f, replaced, fittedYaml != null, invalid, charts);
    byte[] json = FitJson.bytes(s, f, replaced);
    return folder.write(fresh -> {
      for (Chart c : charts) {
        AtomicFiles.write(fresh.resolve(c.file()), o -> ChartUtils.writeChartAsPNG(o, c.chart(), WIDTH, c.height()));
      }
      AtomicFiles.write(fresh.resolve("fit.json"), json);
      if (fittedYaml != null) {
        AtomicFiles.write(fresh.resolve("fitted.yaml"), fittedYaml.getBytes(StandardCharsets.UTF_8));
      }
      AtomicFiles.write(fresh.resolve("index.html"), page.getBytes(StandardCharsets.UTF_8));
    }).resolve("index.html");
  }

  /** The fitted samples: each zone's dwell, then boarding, by key. */
  static Map<String, DurationFit> samples(Fit f) {
    Map<String, DurationFit> out = new java.util.LinkedHashMap<>();
    f.dwell().forEach((zone, d) -> out.put(Fitter.dwellKey(zone), d));
    if (f.board() != null) {
      out.put(Fit.BOARD_KEY, f.board());
    }
    return out;
  }

  static String page(Scenario s, Fit f, List<String> replaced, boolean valid, List<String> invalid,
                     List<Chart> charts) {
    CheckinFit c = f.checkins();
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(FitPageText.TITLE + s.name())).append("</title>\n<style>\n").append(ReportCss.CSS)
        .append("td.num, th.num { text-align: right; white-space: nowrap; }\n")
        .append("tr.chosen { background: #eef5fb; font-weight: 700; }\n")
        .append("</style>\n</head>\n<body>\n<main>\n<p class=\"kicker\">").append(esc(FitPageText.kicker(f)))
        .append("</p>\n<h1>").append(esc(s.name())).append("</h1>\n<div class=\"headline\">\n");
    answer(b, FitPageText.noShowAgrees(c, s.group()) ? "ok" : "at-risk", FitPageText.NO_SHOWS,
        FitPageText.noShows(c, s.group()));
    answer(b, FitPageText.sizesOutside(c).isEmpty() ? "ok" : "at-risk", FitPageText.PARTY_SIZES,
        FitPageText.partySizes(c));
    answer(b, c.toursOverMax() == 0 ? "ok" : "breached", FitPageText.TOURS_HEAD, FitPageText.tours(c));
    boolean poor = samples(f).values().stream().anyMatch(d -> d.verdict() == DurationFit.Verdict.NONE_FITS);
    answer(b, poor ? "at-risk" : "neutral", FitPageText.DURATIONS, FitPageText.durationsHeadline(f));
    if (valid) {
      b.append("<section class=\"answer ok\"><h2>").append(esc(FitPageText.FITTED_FILE)).append("</h2><p>")
          .append(esc(FitPageText.fittedFile(replaced)).replace("fitted.yaml beside",
              "<a href=\"fitted.yaml\">fitted.yaml</a> beside")).append("</p></section>\n");
    } else {
      b.append("<section class=\"answer breached\"><h2>").append(esc(FitPageText.FITTED_FILE)).append("</h2><p>")
          .append(esc(FitPageText.invalid())).append("</p><ul class=\"facts\">");
      invalid.forEach(m -> b.append("<li>").append(esc(m)).append("</li>"));
      b.append("</ul></section>\n");
    }
    b.append("</div>\n");
    checkins(b, c, charts);
    Map<String, DurationFit> samples = samples(f);
    if (!samples.isEmpty()) {
      b.append("<h2>").append(esc(FitPageText.DURATIONS)).append("</h2>\n");
    }
    for (Map.Entry<String, DurationFit> e : samples.entrySet()) {
      boolean board = e.getKey().equals(Fit.BOARD_KEY);
      if (board) {
        rides(b, f.rides());
      }
      Distribution was = board ? s.shuttles().boardMinutes() : zoneOf(s, f, e.getKey()).dwell();
      sample(b, e.getKey(), e.getValue(), was, board ? "clean rides" : "visits", charts);
    }
    b.append("<footer><h2>").append(esc(FitPageText.METHODS_HEAD)).append("</h2><ul>");
    for (String m : FitPageText.METHODS) {
      b.append("<li>").append(esc(m)).append("</li>");
    }
    b.append("</ul></footer>\n</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static Zone zoneOf(Scenario s, Fit f, String key) {
    for (String id : f.dwell().keySet()) {
      if (Fitter.dwellKey(id).equals(key)) {
        return s.zones().get(id);
      }
    }
    throw new IllegalStateException("no zone for " + key);
  }

  private static void answer(StringBuilder b, String cls, String title, String text) {
    b.append("<section class=\"answer ").append(cls).append("\"><h2>").append(esc(title)).append("</h2><p>")
        .append(esc(text)).append("</p></section>\n");
  }

  private static void checkins(StringBuilder b, CheckinFit c, List<Chart> charts) {
    b.append("<h2>").append(esc(FitPageText.CHECKINS_HEAD)).append("</h2>\n<table>\n<thead><tr>");
    for (int k = 0; k < FitPageText.SIZE_COLUMNS.length; k++) {
      b.append(k == 0 ? "<th>" : "<th class=\"num\">").append(esc(FitPageText.SIZE_COLUMNS[k])).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (CheckinFit.PartySize p : c.sizes()) {
      boolean in = FitPageText.inside(p.scenario(), p.low(), p.high());
      b.append("<tr class=\"").append(in ? "ok" : "at-risk").append("\"><td>").append(p.persons())
          .append("</td><td class=\"num\">").append(FitPageText.count(p.parties())).append("</td><td class=\"num\">")
          .append(num(p.share(), 4)).append("</td><td class=\"num\">").append(num(p.low(), 4)).append(" to ")
          .append(num(p.high(), 4)).append("</td><td class=\"num\">").append(num(p.scenario(), 4))
          .append(in ? "" : " <span class=\"badge\">outside</span>").append("</td><td class=\"num\">")
          .append(FitPageText.count(p.noShows())).append(" (")
          .append(FitPageText.pct(p.parties() == 0 ? Double.NaN : (double) p.noShows() / p.parties()))
          .append(")</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n<p class=\"why\">").append(esc(FitPageText.independence(c))).append("</p>\n");
    chart(b, charts, "tour-sizes.png");
  }

  private static void rides(StringBuilder b, Rides r) {
    b.append("<h3>").append(esc(FitPageText.RIDES_HEAD)).append("</h3>\n<p class=\"why\">")
        .append(esc(FitPageText.rides(r))).append("</p>\n<table>\n<thead><tr>");
    for (int k = 0; k < FitPageText.LEG_COLUMNS.length; k++) {
      b.append(k == 0 ? "<th>" : "<th class=\"num\">").append(esc(FitPageText.LEG_COLUMNS[k])).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Rides.Leg l : r.legs()) {
      b.append("<tr><td>").append(esc(l.from() + " → " + l.to())).append("</td><td class=\"num\">")
          .append(num(l.travel(), 2)).append(" min</td><td class=\"num\">").append(l.rides())
          .append("</td><td class=\"num\">").append(l.used()).append("</td><td class=\"num\">").append(l.queued())
          .append("</td><td class=\"num\">").append(l.vehicles()).append("</td><td class=\"num\">")
          .append(l.shorter()).append("</td><td class=\"num\">").append(num(l.minExcess(), 2))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static void sample(StringBuilder b, String key, DurationFit d, Distribution was, String what,
                             List<Chart> charts) {
    String cls = switch (d.verdict()) {
      case CHOSEN, CONSTANT -> "ok";
      case UNDECIDED, TOO_FEW -> "neutral";
      case NONE_FITS -> "breached";
    };
    b.append("<section class=\"sample\">\n<h3>").append(esc(FitPageText.sampleHeading(key, d, what)))
        .append("</h3>\n<div class=\"answer ").append(cls).append("\"><p>").append(esc(FitWords.verdict(d)))
        .append("</p></div>\n<p>").append(esc(FitPageText.sampleFacts(d, was))).append("</p>\n");
    if (d.chosen() != null && FitWords.clamp(d.chosen().fit()) != null) {
      b.append("<p class=\"why\">").append(esc(FitWords.clamp(d.chosen().fit()))).append("</p>\n");
    }
    if (!d.candidates().isEmpty()) {
      b.append("<table>\n<caption class=\"small\">").append(esc(FitPageText.CANDIDATES)).append("</caption>\n<thead><tr>");
      for (int k = 0; k < FitPageText.CANDIDATE_COLUMNS.length; k++) {
        b.append(k < 2 ? "<th>" : "<th class=\"num\">").append(esc(FitPageText.CANDIDATE_COLUMNS[k])).append("</th>");
      }
      b.append("</tr></thead>\n<tbody>\n");
      for (DurationFit.Candidate c : d.candidates()) {
        b.append("<tr").append(c == d.chosen() ? " class=\"chosen\"" : "").append("><td>")
            .append(esc(c.fit().family().word())).append("</td><td>").append(esc(c.fit().describe()))
            .append("</td><td class=\"num\">").append(num(c.fit().mean(), 3)).append("</td><td class=\"num\">")
            .append(num(c.fit().logLikelihood(), 1)).append("</td><td class=\"num\">").append(num(c.fit().aic(), 1))
            .append("</td><td class=\"num\">").append(num(c.deltaAic(), 1)).append("</td><td class=\"num\">")
            .append(num(c.ks(), 4)).append("</td><td class=\"num\">").append(esc(FitWords.p(c.p(), d.bootstrap())))
            .append("</td><td class=\"num\">").append(Double.isNaN(c.p()) ? "-" : c.passes() ? FitPageText.PASSES
                : FitPageText.REJECTED).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    for (Chart c : charts) {
      if (c.title().equals(key)) {
        figure(b, c);
      }
    }
    b.append("</section>\n");
  }

  private static void chart(StringBuilder b, List<Chart> charts, String file) {
    for (Chart c : charts) {
      if (c.file().equals(file)) {
        b.append("<section class=\"chart\">\n<h3>").append(esc(c.title())).append("</h3>\n");
        figure(b, c);
        b.append("</section>\n");
      }
    }
  }

  private static void figure(StringBuilder b, Chart c) {
    b.append("<p class=\"why\">").append(esc(c.why())).append("</p>\n<figure><img src=\"").append(esc(c.file()))
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(c.height()).append("\" alt=\"")
        .append(esc(c.title())).append("\"></figure>\n");
  }
}
