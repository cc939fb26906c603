package org.tourplan.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.scenario.Group;

/** The check-in fits: on records drawn from known rates, and on small files worked out by hand. */
class CheckinFitTest {
  @TempDir
  Path dir;

  private Records read(String text) throws Exception {
    Path c = dir.resolve("c.csv");
    Files.writeString(c, text);
    return Records.read(org.tourplan.format.ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml")), c,
        "c.csv", null, null);
  }

  private static Group group(int size, int maxSize) {
    SortedMap<Integer, Double> w = new TreeMap<>(Map.of(1, 0.05, 2, 0.15, 3, 0.80));
    return new Group(size, w, 0.05, 0, maxSize);
  }

  @Test
  void onRecordsFromKnownRatesEveryIntervalHoldsTheTruth() throws Exception {
    Well19937c g = new Well19937c(2025);
    double[] weights = {0.10, 0.30, 0.60};
    StringBuilder b = new StringBuilder("date,start,party,persons,showed\n");
    for (int t = 0; t < 2000; t++) {
      for (int k = 0; k < 6; k++) {
        double u = g.nextDouble();
        int persons = u < weights[0] ? 1 : u < weights[0] + weights[1] ? 2 : 3;
        boolean came = g.nextDouble() >= 0.08;
        b.append(java.time.LocalDate.of(2025, 1, 1).plusDays(t / 4)).append(',').append(String.format("%02d:00",
            9 + t % 4)).append(",P").append(t).append('-').append(k).append(',').append(persons).append(',')
            .append(came ? 1 : 0).append('\n');
      }
    }
    CheckinFit f = CheckinFit.of(read(b.toString()), group(6, 18));
    assertEquals(12_000, f.rows());
    assertEquals(2000, f.tours());
    assertTrue(f.noShowLow() <= 0.08 && 0.08 <= f.noShowHigh(), f.noShowLow() + " " + f.noShowHigh());
    for (CheckinFit.PartySize p : f.sizes()) {
      double w = weights[p.persons() - 1];
      assertTrue(p.low() <= w && w <= p.high(), p.toString());
    }
    assertTrue(f.independenceP() > 0.05, "showing drawn independently of size: " + f.independenceP());
    assertEquals(Map.of(6, 2000), f.invitedPerTour());
    assertEquals(0, f.toursOverMax(), "6 parties of at most 3 never pass 18");
  }

  @Test
  void goodmanIntervalsAndTheAdmissionRuleByHand() throws Exception {
    // one tour: parties of 3, 3, 2 (no-show), 3, 3 in invitation order, maxSize 10: 3 + 3 admitted, the no-show
    // skipped, then 3 would make 9 (admitted), then 3 would make 12 > 10: turned away
    CheckinFit f = CheckinFit.of(read("date,start,party,persons,showed\n2025-07-01,14:00,a,3,1\n"
        + "2025-07-01,14:00,b,3,1\n2025-07-01,14:00,c,2,0\n2025-07-01,14:00,d,3,1\n2025-07-01,14:00,e,3,1\n"),
        group(5, 10));
    assertEquals(3, f.turnedAway());
    assertEquals(12, f.largestTour());
    assertEquals(1, f.toursOverMax());
    assertEquals(0.2, f.noShowRate(), 1e-12);
    // Goodman (1965) for size 3 (4 of 5) among K = 3 sizes: A = chi2(1, 1 - 0.05/3) = z(1 - 0.05/6)^2
    double z = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1, 1e-12)
        .inverseCumulativeProbability(1 - 0.05 / 3 / 2);
    double a = z * z; // 5.7311
    double half = Math.sqrt(a * (a + 4.0 * 4 * 1 / 5));
    CheckinFit.PartySize three = f.sizes().get(2);
    assertEquals(3, three.persons());
    assertEquals((a + 8 - half) / (2 * (5 + a)), three.low(), 1e-5);
    assertEquals((a + 8 + half) / (2 * (5 + a)), three.high(), 1e-5);
    assertEquals(0, f.sizes().get(0).parties(), "size 1 is in the scenario, not in the records");
    assertEquals(0.05, f.sizes().get(0).scenario(), 1e-12);
    assertTrue(Double.isNaN(f.independenceP()), "far too few to test");
  }
}
