package org.tourplan.report.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tourplan.app.FitExample;
import org.tourplan.app.FitJob;
import org.tourplan.app.Progress;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.Chromium;
import org.tourplan.testing.Slow;

/**
 * The fit page of the bundled example in headless Chromium: a screenshot for a human to look at
 * ({@code target/browser/fit-page.png}) and the rendered DOM: the answers, a candidates table and two charts per
 * duration, every image loaded. Skipped without Chromium, except under CI.
 */
@Slow
class FitBrowserTest {
  @Test
  void theExampleFitPageRendersWithItsAnswersTablesAndCharts() throws Exception {
    String chromium = Chromium.find();
    if (chromium == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("Chromium is required under CI=true: install Debian's chromium package (.ci/run does)");
      }
      Assumptions.abort("Chromium not installed (chromium or chromium-browser on PATH)");
    }
    Path dir = Chromium.DIR.resolve("fit");
    Chromium.deleteTree(dir);
    Files.createDirectories(dir);
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    FitExample ex = FitExample.write(s, 2, s.seed(), dir.resolve("records"), Progress.NONE);
    FitJob job = FitJob.run(s, new FitJob.Inputs(ex.checkins(), "checkins.csv", ex.zones(), "zones.csv"), s.seed(),
        2, 99, OutputFolder.fit(dir.resolve("reports"), s.name()), null, Progress.NONE);
    String url = job.index().toUri().toString();
    Path shot = Chromium.DIR.resolve("fit-page.png");
    Chromium.run(chromium, "fit-shot", "--screenshot=" + shot, "--window-size=1280,3000", url);
    assertTrue(Files.size(shot) > 10_000, "screenshot written: " + shot);
    Document d = Jsoup.parse(Chromium.run(chromium, "fit-dom", "--dump-dom", url));
    assertEquals(5, d.select(".headline .answer").size(), "no-shows, party sizes, tours, durations, the file");
    assertTrue(d.select(".headline").text().contains("inside the interval"), d.select(".headline").text());
    assertEquals(5, d.select("section.sample").size(), "four zones and boarding");
    assertEquals(5, d.select("section.sample table").size());
    assertEquals(11, d.select("img").size(), "tour sizes, then a histogram and a Q-Q plot per duration");
    for (var img : d.select("img")) {
      assertTrue(Files.isRegularFile(job.index().resolveSibling(img.attr("src"))), img.attr("src"));
    }
    assertTrue(d.select("a[href=fitted.yaml]").size() == 1);
  }
}
