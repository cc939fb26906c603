package org.tourplan.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.LimitKind;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioException;
import org.tourplan.format.ScenarioLoader;

/** limits.turnedAway: loaded, judged on the month's persons turned away at check-in, and explained. */
class TurnedAwayLimitTest {
  private static Scenario defaultWith(String from, String to) throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-ev-tour.yaml"));
    assertTrue(text.contains(from), from);
    return ScenarioLoader.parse("t.yaml", text.replace(from, to).getBytes(StandardCharsets.UTF_8))
        .withRun(20250701, 20);
  }

  @Test
  void theDefaultNeverTurnsAnyoneAway() throws Exception {
    Scenario s = defaultWith("x", "x");
    assertEquals(0.0, s.limits().turnedAway());
    Results r = Runner.simulate(s, 2, null);
    Results.BreachResult b = r.breaches().stream().filter(x -> x.rule().kind() == LimitKind.TURNED_AWAY)
        .findFirst().orElseThrow();
    assertEquals(0, b.monthsBreached());
    assertEquals(0, r.metric("turnedAway").summary().max(), 0);
  }

  @Test
  void sevenPlacesOfUpToThreeBreachATwentyPersonCap() throws Exception {
    Scenario s = defaultWith("  size: 6 ", "  size: 7 ");
    Results r = Runner.simulate(s, 2, null);
    double most = r.metric("turnedAway").summary().max();
    assertTrue(most > 0, "7 x 3 = 21 > 20 persons");
    SafetyReport report = SafetyAnalysis.analyse(s, r);
    LimitVerdict v = report.limits().stream().filter(x -> x.limit().equals("turnedAway")).findFirst().orElseThrow();
    assertEquals(r.breaches().stream().filter(x -> x.rule().kind() == LimitKind.TURNED_AWAY).findFirst()
        .orElseThrow().monthsBreached(), v.monthsBreached());
    assertTrue(v.monthsBreached() > 0);
    assertNotNull(v.first());
    // the first breach is a tour that turned a whole party of 3 away: the only way 7 places pass 20 persons
    assertEquals(3, v.first().value(), 0, v.first().explanation());
    assertTrue(v.first().explanation().contains("turned away 3 persons at check-in"), v.first().explanation());
  }

  @Test
  void theLimitIsAWholeNumberOfPersons() throws Exception {
    ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> defaultWith("  turnedAway: 0 ", "  turnedAway: 1.5 "));
    assertTrue(e.problems().stream().anyMatch(p -> "limits.turnedAway".equals(p.path())
        && p.message().contains("found 1.5") && p.message().contains("a whole number of persons")),
        e.getMessage());
    assertEquals(12.0, defaultWith("  turnedAway: 0 ", "  turnedAway: 12 ").limits().turnedAway());
  }
}
