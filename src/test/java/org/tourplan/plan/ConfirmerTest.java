package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.ClopperPearson;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Work;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Scenario;
import org.tourplan.tour.TourSetup;

/**
 * The confirmation on fresh months at the smallest breach bound the format allows: it takes 998,576 clean months,
 * asks for them in chunks (it once asked for every month at once, more than the heap holds, and for a bound of
 * 1e-300 overflowed its month count), and passes.
 */
class ConfirmerTest {
  /** An executor whose months never breach (every value 0), recording what it was asked for. */
  private static final class Clean implements MonthExecutor {
    final List<int[]> asked = new ArrayList<>();
    final int metrics;

    Clean(int metrics) {
      this.metrics = metrics;
    }

    @Override
    public List<double[][]> runAll(List<Work> work, IntConsumer progress) {
      List<double[][]> out = new ArrayList<>();
      for (Work w : work) {
        asked.add(new int[] {w.from(), w.to()});
        out.add(new double[metrics][w.to() - w.from()]);
      }
      return out;
    }

    @Override
    public long units() {
      return asked.size();
    }

    @Override
    public String describe() {
      return "clean months";
    }

    @Override
    public void close() {
    }
  }

  @Test
  void theSmallestBoundIsConfirmedInChunksOnEveryMonthItNeeds() throws Exception {
    String text = Files.readString(Path.of("scenarios/minimal.yaml")) + "limits:\n  floorVisitors: 100\n"
        + "target:\n  visitorsPerMonth: 5\nplan:\n  breachBound: " + Bounds.BREACH_BOUND_MIN + "\n";
    Scenario s = ScenarioLoader.parse("t.yaml", text.getBytes(StandardCharsets.UTF_8));
    TourSetup setup = new Compiler().compile(s);
    Clean executor = new Clean(setup.layout().size());
    Evaluation e = new Evaluation(null, 0, 0, 0, Evaluation.Status.FEASIBLE, "feasible", null, null);
    Evaluation.Confirmation c = Confirmer.confirm(e, setup, s.plan(), executor).confirmation();
    long need = ClopperPearson.cleanTrialsFor(Bounds.BREACH_BOUND_MIN);
    assertEquals(998_576, need);
    assertTrue(need <= Bounds.CONFIRM_MONTHS, "the smallest bound can be confirmed within the cap");
    assertTrue(c.passed());
    assertEquals(need, c.months());
    assertTrue(c.upper() <= Bounds.BREACH_BOUND_MIN);
    int next = Confirmer.CONFIRM_FROM;
    for (int[] a : executor.asked) {
      assertEquals(next, a[0], "consecutive fresh months");
      assertTrue(a[1] - a[0] <= 10_000, "a chunk of " + (a[1] - a[0]) + " months");
      next = a[1];
    }
    assertEquals(Confirmer.CONFIRM_FROM + need, next);
  }
}
