package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SequentialTest;
import org.tourplan.run.Work;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Scenario;
import org.tourplan.tour.TourSetup;

/**
 * The confirmation on fresh months at the smallest breach bound the format allows: its first accepting look needs
 * almost all of the 1,000,000 months a confirmation may simulate; it asks for them in chunks (it once asked for
 * every month of a look at once, more than the heap holds), and passes.
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
    SequentialTest test = Confirmer.test(s.plan().breachBound());
    long[] months = new long[1];
    Evaluation.Confirmation c = Confirmer.confirm(setup, test, executor, months, null);
    long need = SequentialTest.cleanMonths(Bounds.BREACH_BOUND_MIN, 0.6 * SequentialTest.ALPHA);
    assertTrue(need <= Bounds.CONFIRM_MONTHS, "the smallest bound can be confirmed within the cap: " + need);
    assertTrue(need > Bounds.CONFIRM_MONTHS * 0.9, "and it is the smallest: " + need);
    assertTrue(c.passed());
    assertEquals(need, c.months(), "accepted at the first accepting look");
    assertEquals(need, months[0]);
    int next = Confirmer.CONFIRM_FROM;
    for (int[] a : executor.asked) {
      assertEquals(next, a[0], "consecutive fresh months");
      assertTrue(a[1] - a[0] <= Confirmer.CHUNK, "a chunk of " + (a[1] - a[0]) + " months");
      next = a[1];
    }
    assertEquals(Confirmer.CONFIRM_FROM + need, next);
    assertTrue(executor.asked.size() >= need / Confirmer.CHUNK, "in chunks: " + executor.asked.size() + " calls");
  }

  @Test
  void everyBoundTheLoaderTakesHasATest() {
    // the loader's least bound is one the confirmation can test: its first accepting look fits within the cap
    new SequentialTest(Bounds.BREACH_BOUND_MIN, Bounds.CONFIRM_MONTHS);
    assertThrows(IllegalArgumentException.class, () -> new SequentialTest(3.4e-6, Bounds.CONFIRM_MONTHS),
        "just below the least bound, no test fits: the loader's rule is the test's");
  }
}
