package org.tourplan.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the writer writes, the loader reads back to the same scenario. */
class ScenarioWriterTest {
  @ParameterizedTest
  @ValueSource(strings = {"scenarios/beijing-ev-tour.yaml", "scenarios/minimal.yaml",
      "scenarios/pooled-shuttles.yaml", "scenarios/breaks-limits.yaml", "src/test/resources/scenarios/beijing.json"})
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

  static void assertSame(Scenario a, Scenario b) {
    assertEquals(a.name(), b.name());
    assertEquals(a.month(), b.month());
    assertEquals(a.seed(), b.seed());
    assertEquals(a.replications(), b.replications());
    assertEquals(a.group(), b.group());
    assertEquals(a.zones(), b.zones());
    assertEquals(a.route(), b.route());
    assertEquals(a.returnTo(), b.returnTo());
    assertEquals(a.travel().places(), b.travel().places());
    for (int i = 0; i < a.travel().places().size(); i++) {
      assertArrayEquals(a.travel().minutes()[i], b.travel().minutes()[i], 0.0);
    }
    assertEquals(a.shuttles(), b.shuttles());
    assertEquals(a.guides(), b.guides());
    assertEquals(a.schedule(), b.schedule());
    assertEquals(a.limits(), b.limits());
    assertEquals(a.target(), b.target());
    assertEquals(a.demand(), b.demand());
    assertEquals(a.plan(), b.plan());
    Files.exists(Path.of("."));
  }
}
