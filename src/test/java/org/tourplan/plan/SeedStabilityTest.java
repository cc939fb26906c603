package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.ClopperPearson;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;
import org.tourplan.tour.TourSetup;
import org.tourplan.tour.VisitorCounter;
import org.tourplan.testing.Slow;

/**
 * A recommendation depends on the site, not on the seed. A tight space like issue 19's: the cheaper timetable (five
 * tours each weekend day with 7 places) breaches limits.turnedAway in about 0.013% of months (a month turns more than
 * 60 persons away; counted over 400,000 months), an eighth of breachBound 0.001, while the dearer one (six tours)
 * never does. A single breaching month used to reject the cheaper one about half the time; the sequential test
 * accepts it whatever the seed. Then the answer is checked independently on 20,000 fresh months per candidate.
 */
@Slow
class SeedStabilityTest {
  private static Scenario tight(long seed) throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-ev-tour.yaml"));
    String s = text.substring(0, text.indexOf("\nplan:")) + """

        plan:
          weekdayTours: 1
          weekendTours: [5, 6]
          groupSize: [6, 7]
          costs: { perTour: 1200, perVehicleDay: 350, perGuideDay: 450, weekendRate: 2, currency: yuan }
          maxReplications: 200
        """;
    s = s.replace("  turnedAway: 0 ", "  turnedAway: 60 ").replace("visitorsPerMonth: 1100 ", "visitorsPerMonth: 1050 ")
        .replace("seed: 20250701 ", "seed: " + seed + " ");
    return ScenarioLoader.parse("tight.yaml", s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameCostForThreeSeedsAndItIsTheCheapestBelowTheBound() throws Exception {
    List<PlanResult> plans = new ArrayList<>();
    for (long seed : new long[] {20250701L, 11L, 4242L}) {
      plans.add(Planner.plan(tight(seed), 2, null));
    }
    PlanResult first = plans.get(0);
    assertNotNull(first.recommended());
    assertEquals(new Candidate(1, 5, 7, 0, 3, 2), first.recommended().candidate().frame(),
        "the cheaper timetable, an eighth of the bound, is the answer");
    for (PlanResult p : plans) {
      assertEquals(first.recommended().cost(), p.recommended().cost(), 0, "seed " + p.base().seed());
      assertEquals(first.recommended().candidate().frame(), p.recommended().candidate().frame());
    }

    // independently, on 20,000 months of another seed: the recommendation's breach probability is below the bound
    Scenario rec = first.scenario();
    Results r = Runner.simulate(rec.withRun(987_654_321L, 20_000), 2, null);
    int breached = r.breaches().stream().mapToInt(b -> b.monthsBreached()).sum();
    assertTrue(ClopperPearson.upper95(breached, 20_000) <= rec.plan().breachBound(), breached + " of 20,000");
    assertTrue(breached > 0, "it does breach now and then: the space is tight");

    // and the only candidate as cheap, 7 places turned into 6, misses the target on 20,000 counted months
    Scenario six = new CandidateBuilder(tight(987_654_321L)).scenario(new Candidate(1, 5, 6, 0, 3, 2));
    VisitorCounter c = new VisitorCounter(new TourSetup(six));
    long[] v = new long[3];
    int met = 0;
    for (int i = 0; i < 20_000; i++) {
      c.count(i, v);
      met += v[0] >= 1050 ? 1 : 0;
    }
    assertTrue(ClopperPearson.upper95(met, 20_000) < 0.95, met + " of 20,000 reach 1,050");
  }
}
