package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;

/** The three-mode comparison: reusing the file's own run changes no number. */
class ModeComparisonTest {
  @Test
  void reusingTheOwnModesResultsGivesTheSameComparison() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml")).withRun(3, 12);
    Results own = Runner.simulate(s, 2, null);
    ModeComparison fresh = ModeComparison.of(s, 2);
    ModeComparison reused = ModeComparison.of(s, 2, own);
    assertEquals(fresh.modes().size(), reused.modes().size());
    for (int i = 0; i < fresh.modes().size(); i++) {
      ModeComparison.ModeResult a = fresh.modes().get(i);
      ModeComparison.ModeResult b = reused.modes().get(i);
      assertEquals(a.mode(), b.mode());
      for (int m = 0; m < a.results().metrics().size(); m++) {
        assertArrayEquals(a.results().metrics().get(m).values(), b.results().metrics().get(m).values(), 0.0,
            a.mode() + " " + a.results().metrics().get(m).dotted());
      }
    }
    ModeComparison.ModeResult ownRow = reused.modes().stream()
        .filter(m -> m.mode() == s.shuttles().mode()).findFirst().orElseThrow();
    assertSame(own, ownRow.results(), "the file's own mode was simulated again");
  }
}
