package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tourplan.report.results.ResultsJson;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;

/**
 * Seasons and the lottery change nothing that was there before: the bundled scenarios, as they were when the
 * season arrived (frozen copies in {@code golden/}), give results files byte-identical to those the earlier version
 * wrote (30 months, 2 threads), except for the one added key {@code lottery}; and the lottery never changes a tour
 * number. The frozen results were written again, on purpose, twice: when a tour's random streams came to be keyed
 * by its date and its rank on that date instead of its start time (issue 19: every number moved within its
 * interval), and when means became exact on constants and every metric of contract 2.6 became present in every
 * file (issue 17: the numbers moved by at most 5e-16 relative, a shifted sum, and minimal.json gained the four
 * metrics with nothing to count against, n 0). This test guards against any change after that.
 */
class UnchangedWithoutSeasonTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = UnchangedWithoutSeasonTest.class.getResourceAsStream("/golden/" + name)) {
      return in.readAllBytes();
    }
  }

  private static Results simulate(String yaml, String text) throws Exception {
    Scenario s = ScenarioLoader.parse(yaml, text.getBytes(StandardCharsets.UTF_8)).withRun(20250701, 30);
    return Runner.simulate(s, 2, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimal", "breaks-limits", "pooled-shuttles", "beijing-ev-tour"})
  void resultsFilesAreByteIdenticalToTheEarlierVersionBesidesTheLotteryKey(String name) throws Exception {
    Scenario s = ScenarioLoader.parse(name + ".yaml", resource(name + ".yaml"));
    Results r = Runner.simulate(s.withRun(s.seed(), 30), 2, null);
    assertNull(s.season());
    assertEquals(s.demand() != null, r.lottery() != null);
    String now = new String(ResultsJson.bytes(r), StandardCharsets.UTF_8);
    String lotteryKey = "  \"lottery\" : ";
    int at = now.indexOf(lotteryKey);
    assertTrue(at > 0, "the results file has the lottery key");
    // the lottery object is the last object before limitBreachMonths: cut it out, key and value
    int end = now.indexOf("  \"limitBreachMonths\" : ", at);
    String without = now.substring(0, at) + now.substring(end);
    // warnings (months that are not meaningful) came later still, as the last key: none for the bundled files
    String noWarnings = ",\n  \"warnings\" : [ ]\n}";
    assertTrue(without.endsWith(noWarnings + "\n"), "no warnings, as the last key");
    without = without.substring(0, without.length() - noWarnings.length() - 1) + "\n}\n";
    assertEquals(new String(resource(name + ".json"), StandardCharsets.UTF_8), without);
  }

  @Test
  void addingOrChangingDemandChangesNoTourNumber() throws Exception {
    String file = new String(resource("beijing-ev-tour.yaml"), StandardCharsets.UTF_8);
    String demand = "demand:\n  applicationsPerMonth: 27000";
    assertTrue(file.contains(demand));
    Results with = simulate("a.yaml", file);
    Results without = simulate("b.yaml", file.replace(demand, ""));
    Results other = simulate("c.yaml", file.replace(demand, demand
        + "\n  growthPerMonth: 0.2\n  reapplyRate: 0.9\n  preferencePoints: true\n"));
    assertNotNull(with.lottery());
    assertNull(without.lottery());
    assertEquals(with.metrics().size(), without.metrics().size());
    for (int i = 0; i < with.metrics().size(); i++) {
      assertArrayEquals(without.metrics().get(i).values(), with.metrics().get(i).values(),
          with.metrics().get(i).dotted());
      assertArrayEquals(without.metrics().get(i).values(), other.metrics().get(i).values(),
          with.metrics().get(i).dotted());
    }
  }
}
