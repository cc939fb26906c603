package org.tourplan.draw;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.engine.RandomStream;

/**
 * The draw's frequencies prove its rule: over many seeds, each points class's share of wins matches its exact
 * chance (the weighted draw's inclusion probability) within a 4.5-standard-error interval, and the same test
 * rejects draws made by a wrong rule.
 */
class DrawStatisticsTest {
  private static final int DRAWS = 3_000;

  private static Places places(Rule rule) {
    YearMonth m = YearMonth.of(2025, 7);
    List<Places.Tour> tours = new ArrayList<>();
    for (int d = 1; d <= 5; d++) {
      tours.add(new Places.Tour(m.atDay(d), LocalTime.of(10, 0)));
    }
    return new Places(m, tours, 8, 24, 3, 2, 13, rule); // 40 places of at most 3: nobody is passed over
  }

  /** 300 applicants: 150 with 0 points, 80 with 1, 50 with 3, 20 with 7. */
  private static Applicants applicants(long salt) {
    int n = 300;
    String[] ids = new String[n];
    int[] persons = new int[n];
    int[] points = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = "P" + i;
      persons[i] = 1 + i % 3;
      points[i] = i < 150 ? 0 : i < 230 ? 1 : i < 280 ? 3 : 7;
    }
    String sha = String.format("%016x", salt) + "ab".repeat(24);
    return new Applicants(ids, persons, points, new int[n], sha, true, false);
  }

  /**
   * The largest |z| over the classes: the mean wins per draw against applicants x chance, in standard errors of
   * the mean estimated from the draws themselves. Each draw uses its own file hash, i.e. its own stream.
   */
  private static double largestZ(Rule drawnWith, Rule judgedBy) {
    Places judged = places(judgedBy);
    List<DrawResult.PointsClass> classes = Draw.run(judged, applicants(0), 0).classes();
    int k = classes.size();
    double[] sum = new double[k];
    double[] sumSq = new double[k];
    for (int s = 0; s < DRAWS; s++) {
      Applicants a = applicants(RandomStream.mix(s, 0, "salt"));
      Places p = places(drawnWith);
      int[] tourOf = Draw.seating(p, a, Draw.order(p, a, s)).tourOf;
      double[] won = new double[k];
      for (int i = 0; i < a.size(); i++) {
        if (tourOf[i] >= 0) {
          won[classOf(a.points()[i])]++;
        }
      }
      for (int c = 0; c < k; c++) {
        sum[c] += won[c];
        sumSq[c] += won[c] * won[c];
      }
    }
    double worst = 0;
    for (int c = 0; c < k; c++) {
      double mean = sum[c] / DRAWS;
      double sd = Math.sqrt((sumSq[c] - DRAWS * mean * mean) / (DRAWS - 1));
      double expected = classes.get(c).applicants() * classes.get(c).chance();
      worst = Math.max(worst, Math.abs(mean - expected) / (sd / Math.sqrt(DRAWS)));
    }
    return worst;
  }

  private static int classOf(int points) {
    return switch (points) {
      case 0 -> 0;
      case 1 -> 1;
      case 3 -> 2;
      default -> 3;
    };
  }

  @Test
  void winsByPointsMatchTheExactChanceOfEachRule() {
    assertTrue(largestZ(Rule.POINTS, Rule.POINTS) < 4.5, "preference points");
    assertTrue(largestZ(Rule.UNIFORM, Rule.UNIFORM) < 4.5, "uniform");
  }

  @Test
  void theTestRejectsTheWrongRule() {
    assertTrue(largestZ(Rule.UNIFORM, Rule.POINTS) > 20, "a uniform draw judged as preference points");
    assertTrue(largestZ(Rule.POINTS, Rule.UNIFORM) > 20, "a points draw judged as uniform");
  }

  @Test
  void theChancesAreTheWeightedDrawsAndAddUpToThePlaces() {
    List<DrawResult.PointsClass> c = Draw.run(places(Rule.POINTS), applicants(0), 0).classes();
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      sum += c.get(i).applicants() * c.get(i).chance();
      assertTrue(i == 0 || c.get(i).chance() > c.get(i - 1).chance(), "more points, more chance");
    }
    assertTrue(Math.abs(sum - 40) < 1e-9, "chances add up to the 40 places: " + sum);
    for (DrawResult.PointsClass u : Draw.run(places(Rule.UNIFORM), applicants(0), 0).classes()) {
      assertTrue(u.chance() == 40.0 / 300, "uniform: 40 / 300 for everyone");
    }
  }
}
