package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.report.results.ResultsJson;
import org.tourplan.scenario.Scenario;

/**
 * Every metric of contract 2.6 is in every results file, as the contract lists them (without conditions): a file
 * without {@code limits.closeTime}, {@code maxTourMinutes} or {@code maxWaitMinutes} (minimal.yaml) once had no
 * {@code overrunTours}, {@code longTours} or {@code floorWaitsOverLimit}. Those with nothing to count against (no
 * such limit, no exit data) have n = 0 and null values; the others are observed as before.
 */
class EveryMetricTest {
  /** Contract 2.6, in its order; zone metrics per zone. */
  static final List<String> MONTH = List.of("visitorsPerMonth", "placesPerMonth", "toursPerMonth",
      "scheduledTours", "cancelledTours", "turnedAway", "tourMinutes", "tourMinutesMax", "tourMinutesFromStart");
  static final List<String> ZONE = List.of("meanWaitMinutes", "maxWaitMinutes", "peakVisitors", "entries");
  static final List<String> REST = List.of("shuttle.meanWaitMinutes", "shuttle.maxWaitMinutes", "shuttle.rides",
      "guides.meanWaitMinutes", "guides.maxWaitMinutes", "floorPeakVisitors", "evacuationMinutesMax",
      "maxFloorWaitMinutes", "floorWaitsOverLimit", "overrunTours", "longTours", "blackoutViolations",
      "noiseDoseMaxPercent");

  @ParameterizedTest
  @ValueSource(strings = {"minimal.yaml", "breaks-limits.yaml", "beijing-ev-tour.yaml", "pooled-shuttles.yaml"})
  void everyResultsFileHoldsEveryMetricOfTheMonth(String file) throws Exception {
    String contract = Files.readString(Path.of("docs/contract.md"));
    String section = contract.substring(contract.indexOf("### 2.6"), contract.indexOf("### 2.7"));
    Scenario s = ScenarioLoader.load(Path.of("scenarios", file)).withRun(5, 6);
    JsonNode metrics = new ObjectMapper().readTree(ResultsJson.bytes(Runner.simulate(s, 2, null))).get("metrics");
    List<String> expected = new ArrayList<>(MONTH);
    for (String zone : s.zones().keySet()) {
      for (String z : ZONE) {
        expected.add("zones\u0000" + zone + "\u0000" + z);
      }
    }
    expected.addAll(REST);
    for (String name : expected) {
      String[] path = name.contains("\u0000") ? name.split("\u0000") : name.split("\\.");
      assertTrue(section.contains(path[path.length - 1]), name + " is not a metric of contract 2.6");
      JsonNode n = metrics;
      for (String p : path) {
        n = n.path(p);
      }
      assertTrue(n.isObject() && n.has("n") && n.has("mean") && n.has("ci95"), file + " has no metric "
          + String.join(".", path));
    }
    // no limit, nothing to count against: no observation, said as n = 0 (and null fields), not as a count of 0
    String[][] bound = {{"floorWaitsOverLimit", "maxWaitMinutes"}, {"overrunTours", "closeTime"},
        {"longTours", "maxTourMinutes"}};
    for (String[] b : bound) {
      boolean limit = s.limits().getClass().getMethod(b[1]).invoke(s.limits()) != null;
      JsonNode m = metrics.get(b[0]);
      assertEquals(limit ? 6 : 0, m.get("n").asInt(), file + " " + b[0]);
      assertTrue(limit || m.get("mean").isNull(), file + " " + b[0]);
    }
    boolean egress = s.zones().values().stream().anyMatch(z -> z.floor() && z.egressPerMinute() != null);
    assertEquals(egress ? 6 : 0, metrics.get("evacuationMinutesMax").get("n").asInt(), file);
  }
}
