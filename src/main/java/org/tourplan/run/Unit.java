package org.tourplan.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit of distribution: a batch of consecutive months of one piece of work. Its numbers depend only on the
 * work's scenario and the month indexes, never on where or when it runs, so results are merged by (work, from)
 * and the order of completion never matters.
 *
 * @param work index of the work in the list given to the executor
 * @param from first month, inclusive
 * @param to   last month, exclusive
 */
public record Unit(int work, int from, int to) {

  /** Splits every piece of work into units of at most {@code batch} months, work by work, in month order. */
  public static List<Unit> split(List<Work> work, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1: " + batch);
    }
    List<Unit> out = new ArrayList<>();
    for (int w = 0; w < work.size(); w++) {
      Work x = work.get(w);
      for (int f = x.from(); f < x.to(); f += batch) {
        out.add(new Unit(w, f, Math.min(x.to(), f + batch)));
      }
    }
    return out;
  }

  /** Months in the unit. */
  public int months() {
    return to - from;
  }
}
