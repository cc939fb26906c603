package org.tourplan.shuttle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.tourplan.roster.DayPlan;

/**
 * Runs the solves of distinct dates on the machine's cores. Each solve builds its own jsprit algorithm with its own
 * seeded generator and reads nothing another solve writes, so a date's plan is the same whichever thread solves it
 * and in whatever order; results come back in the order of the dates.
 */
final class DaySolves {
  private DaySolves() {
  }

  /** {@code solve} applied to every date, on up to {@code maxThreads} threads; the first failure is rethrown. */
  static List<DayPlan> inParallel(List<LocalDate> dates, int maxThreads, Function<LocalDate, DayPlan> solve) {
    int threads = Math.min(dates.size(), maxThreads);
    if (threads <= 1) {
      return dates.stream().map(solve).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "shuttle-solve");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<DayPlan>> futures = new ArrayList<>();
      for (LocalDate date : dates) {
        futures.add(pool.submit(() -> solve.apply(date)));
      }
      List<DayPlan> out = new ArrayList<>();
      for (Future<DayPlan> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while planning shuttles", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
