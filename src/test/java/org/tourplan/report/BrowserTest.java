package org.tourplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

/**
 * The default report in a real browser: headless Chromium renders it to a screenshot (kept in
 * {@code target/browser/} for a human to look at) and dumps the DOM it built. Skipped when Chromium is not
 * installed, except under CI ({@code CI=true}), where a missing browser is a failure.
 */
class BrowserTest {
  static final Path DIR = Path.of("target", "browser").toAbsolutePath();

  @Test
  void theDefaultReportRendersWithItsVerdict() throws Exception {
    String chromium = findChromium();
    if (chromium == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("Chromium is required under CI=true: install Debian's chromium package (.ci/run does)");
      }
      Assumptions.abort("Chromium not installed (chromium or chromium-browser on PATH)");
    }
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    s = s.withRun(s.seed(), 20);
    Results r = Runner.simulate(s, 2, null);
    ReportWriter.deleteTree(DIR);
    Path index = new ReportWriter().write(s, r, SafetyAnalysis.analyse(s, r), DIR.resolve("reports"));
    String url = index.toUri().toString();

    Path shot = DIR.resolve("default-report.png");
    run(chromium, "shot", "--screenshot=" + shot, "--window-size=1280,2400", url);
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

    String dom = run(chromium, "dom", "--dump-dom", url);
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

  /** Runs Chromium headless with a fresh profile; returns its standard output. */
  static String run(String chromium, String name, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(DIR, "profile-" + name + "-");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = DIR.resolve(name + ".out");
    Path err = DIR.resolve(name + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail("Chromium did not finish in 120 s: " + String.join(" ", cmd));
      }
      assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(err, StandardCharsets.UTF_8));
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      ReportWriter.deleteTree(profile);
    }
  }

  static String findChromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }
}
