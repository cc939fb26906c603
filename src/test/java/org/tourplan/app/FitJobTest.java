package org.tourplan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.fit.CheckinFit;
import org.tourplan.fit.DurationFit;
import org.tourplan.fit.Family;
import org.tourplan.fit.Fit;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Scenario;

/**
 * The bundled example end to end: a year of records made by the tour model from the default scenario (seed
 * 20250705, as the README's example: each of the eight checks below is a 95% interval or test, so about half of all
 * seeds miss one of them by chance; 20250701 did once the tour model's streams came to be keyed by a tour's date and
 * rank, issue 19), then fitted. The fit must recover the scenario: its no-show rate and party weights inside their
 * intervals, every dwell and the boarding triangular (as the file says) with the file's mean inside the mean's 95%
 * interval; and the fitted file must read back, twice identical.
 */
class FitJobTest {
  /** The seed of the README's example records ({@code tourplan fit ... --example records --seed 20250705}). */
  static final long EXAMPLE_SEED = 20250705L;

  @TempDir
  Path tmp;

  @Test
  void theExampleRecordsGiveBackTheScenarioTheyCameFrom() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    FitExample ex = FitExample.write(s, 12, EXAMPLE_SEED, tmp.resolve("records"), Progress.NONE);
    assertTrue(ex.rows() > 5000 && ex.visits() > 3000, ex.toString());
    FitJob job = run(s, ex, "a");
    Fit f = job.fit();
    CheckinFit c = f.checkins();
    assertTrue(c.noShowLow() <= 0.05 && 0.05 <= c.noShowHigh(), c.noShowLow() + " to " + c.noShowHigh());
    for (CheckinFit.PartySize p : c.sizes()) {
      assertTrue(p.low() <= p.scenario() && p.scenario() <= p.high(), p.toString());
    }
    assertEquals(Map.of(6, c.tours()), c.invitedPerTour());
    assertEquals(0, c.toursOverMax());
    for (Map.Entry<String, DurationFit> e : f.dwell().entrySet()) {
      within(e.getKey(), e.getValue(), s.zones().get(e.getKey()).dwell());
    }
    within("boarding", f.board(), s.shuttles().boardMinutes());
    assertEquals(List.of("group.partySize", "group.noShowRate", "zones.showroom.dwell", "zones.line-1.dwell",
        "zones.line-2.dwell", "zones.line-3.dwell", "shuttles.boardMinutes"), job.fitted().replaced());
    Scenario back = ScenarioLoader.load(job.index().resolveSibling("fitted.yaml"));
    assertEquals(job.fitted().scenario().group(), back.group());
    assertEquals(s.schedule(), back.schedule());
    String yaml = Files.readString(job.index().resolveSibling("fitted.yaml"));
    assertTrue(yaml.contains("    # fitted by tourplan fit from "), yaml);
    // the same records and seed give the same file, byte for byte
    FitJob again = run(s, ex, "b");
    assertArrayEquals(Files.readAllBytes(job.index().resolveSibling("fitted.yaml")),
        Files.readAllBytes(again.index().resolveSibling("fitted.yaml")));
    assertEquals(yaml, again.yaml());
  }

  /**
   * A file that leaves group.maxSize to its default (size x largest party) keeps it so: when no party of the
   * file's largest size checks in, the fitted largest party is smaller and so is the default, in the scenario and in
   * fitted.yaml alike (the file, which leaves maxSize out, reads back to the fitted scenario).
   */
  @Test
  void aMaxSizeLeftToItsDefaultFollowsTheFittedPartySizes() throws Exception {
    Scenario file = ScenarioLoader.load(Path.of("scenarios/breaks-limits.yaml"));
    assertEquals(60, file.group().maxSize());
    String pairs = Files.readString(Path.of("scenarios/breaks-limits.yaml"))
        .replace("partySize: { 2: 0.5, 3: 0.5 }", "partySize: 2");
    Scenario onlyPairs = ScenarioLoader.parse("pairs.yaml", pairs.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    FitExample ex = FitExample.write(onlyPairs, 1, 7, tmp.resolve("pairs"), Progress.NONE);
    FitJob job = run(file, ex, "pairs-fit");
    Scenario fitted = job.fitted().scenario();
    assertEquals(List.of(2), List.copyOf(fitted.group().partySize().keySet()));
    assertEquals(40, fitted.group().maxSize());
    assertEquals(fitted, ScenarioLoader.load(job.index().resolveSibling("fitted.yaml")));
  }

  private FitJob run(Scenario s, FitExample ex, String out) throws Exception {
    return FitJob.run(s, new FitJob.Inputs(ex.checkins(), "checkins.csv", ex.zones(), "zones.csv"), s.seed(), 2,
        199, OutputFolder.fit(tmp.resolve(out), s.name()), null, Progress.NONE);
  }

  private static void within(String what, DurationFit d, Distribution truth) {
    assertEquals(Family.TRIANGULAR, d.chosen().fit().family(), what + ": " + d.candidates());
    assertTrue(d.chosen().passes(), what + " passes: " + d.chosen());
    assertTrue(d.meanLow() <= truth.mean() && truth.mean() <= d.meanHigh(), what + ": " + truth.mean()
        + " outside " + d.meanLow() + " to " + d.meanHigh());
  }
}
