package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.ModelDiff;

/** What the writer writes, the loader reads back to the same scenario. */
class ScenarioWriterTest {
  @ParameterizedTest
  @ValueSource(strings = {"scenarios/beijing-ev-tour.yaml", "scenarios/minimal.yaml",
      "scenarios/pooled-shuttles.yaml", "scenarios/breaks-limits.yaml", "scenarios/beijing-2025-season.yaml",
      "scenarios/beijing-ev-tour-20-parties.yaml", "src/test/resources/scenarios/beijing.json"})
  void roundTrip(String file) throws IOException, ScenarioException {
    Scenario original = ScenarioLoader.load(Path.of(file));
    String yaml = ScenarioWriter.yaml(original, "written by a test\nsecond line");
    assertTrue(yaml.startsWith("# written by a test\n# second line\n"), yaml);
    Scenario back;
    try {
      back = ScenarioLoader.parse("back.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (ScenarioException e) {
      throw new AssertionError(e.getMessage() + "\n" + yaml, e);
    }
    assertSame(original, back);
  }

  /**
   * A file with 300 zones joined by 299 legs: the writer repeats the listed legs, not the solved all-pairs table
   * (44,850 pairs, which made a 24 KB file a 2 MB one that tourplan itself refused), so it reloads and stays small.
   */
  @Test
  void aWrittenFileWithManyZonesRepeatsTheListedLegsAndStaysSmall() throws ScenarioException {
    StringBuilder b = new StringBuilder("name: Many zones\nmonth: 2025-07\ngroup: { size: 10 }\nzones:\n");
    for (int i = 0; i < 300; i++) {
      b.append("  z").append(i).append(": { capacity: 30, dwell: 5 }\n");
    }
    b.append("route: [z0, z150, z299]\ntravel:\n");
    for (int i = 0; i + 1 < 300; i++) {
      b.append("  - { from: z").append(i).append(", to: z").append(i + 1).append(", minutes: ")
          .append(1 + i % 3).append(i % 7 == 0 ? ", oneWay: true" : "").append(" }\n");
    }
    b.append("  - { from: z299, to: z0, minutes: 4, oneWay: true }\n");
    b.append("shuttles: { vehicles: 1, seats: 12, mode: pooled }\nguides: { count: 1, maxVisitorsPerGuide: 10 }\n");
    b.append("schedule: { days: { MON: [\"10:00\"] } }\n");
    byte[] in = b.toString().getBytes(StandardCharsets.UTF_8);
    Scenario original = ScenarioLoader.parse("many.yaml", in);
    String yaml = ScenarioWriter.yaml(original, "many zones");
    byte[] out = yaml.getBytes(StandardCharsets.UTF_8);
    assertTrue(out.length < 3 * in.length, in.length + " bytes in, " + out.length + " bytes out");
    assertSame(original, ScenarioLoader.parse("back.yaml", out));
  }

  /** The same scenario: every component (the first that differs is named), equal and hashing alike. */
  static void assertSame(Scenario a, Scenario b) {
    assertNull(ModelDiff.first(a, b));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}
