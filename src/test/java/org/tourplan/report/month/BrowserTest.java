package org.tourplan.report.month;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.safety.SafetyAnalysis;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.testing.Chromium;
import org.tourplan.testing.Slow;

/**
 * The default report in a real browser: headless Chromium renders it to a screenshot (kept in
 * {@code target/browser/} for a human to look at) and dumps the DOM it built. Skipped when Chromium is not
 * installed, except under CI ({@code CI=true}), where a missing browser is a failure.
 */
@Slow
class BrowserTest {

  @Test
  void theDefaultReportRendersWithItsVerdict() throws Exception {
    String chromium = Chromium.find();
    if (chromium == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("Chromium is required under CI=true: install Debian's chromium package (.ci/run does)");
      }
      Assumptions.abort("Chromium not installed (chromium or chromium-browser on PATH)");
    }
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    s = s.withRun(s.seed(), 20);
    Results r = Runner.simulate(s, 2, null);
    Chromium.deleteTree(Chromium.DIR);
    Path index = new ReportWriter().write(s, r, SafetyAnalysis.analyse(s, r), Chromium.DIR.resolve("reports"));
    String url = index.toUri().toString();

    Path shot = Chromium.DIR.resolve("default-report.png");
    Chromium.run(chromium, "shot", "--screenshot=" + shot, "--window-size=1280,2400", url);
    assertTrue(Files.size(shot) > 10_000, "screenshot written: " + shot);
    BufferedImage img = ImageIO.read(shot.toFile());
    assertEquals(1280, img.getWidth());
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        ink += rgb == 0xFFFFFF ? 0 : 1;
      }
    }
    double share = ink / ((img.getWidth() / 2.0) * (img.getHeight() / 2.0));
    assertTrue(colours.size() > 50, "a blank or flat page: " + colours.size() + " colours");
    assertTrue(share > 0.05, "almost everything is white: " + share);

    String dom = Chromium.run(chromium, "dom", "--dump-dom", url);
    Document d = Jsoup.parse(dom);
    String safety = d.getElementById("answer-safety") == null ? "" : d.getElementById("answer-safety").text();
    assertTrue(safety.contains("SAFE"), "verdict in the rendered page: " + safety);
    assertTrue(d.getElementById("answer-target").text().contains("No \u2014 this schedule reaches 1,100"),
        d.getElementById("answer-target").text());
    assertEquals(8, d.select("#verdicts tbody tr").size());
    // six charts but waits: nobody waits in the default's month, and the page says so in words instead
    assertEquals(5, d.select("section.chart img").size());
    assertTrue(d.getElementById("chart-waits").text().contains("No group waited anywhere"),
        d.getElementById("chart-waits").text());
  }
}
