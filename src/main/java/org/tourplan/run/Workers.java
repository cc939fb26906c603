package org.tourplan.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs tasks 0..n) on a few threads, each thread with state of its own (a month simulation, buffers) made once by
 * {@code perThread} and then fed task indices from a shared counter. Which thread runs which task varies; callers
 * write each task's result to its own slot, so what they produce does not.
 */
public final class Workers {
  private Workers() {
  }

  /**
   * Runs every task and returns when all are done; the first failure is rethrown (a RuntimeException as itself).
   *
   * @param n         tasks
   * @param threads   threads at most (fewer when there are fewer tasks)
   * @param perThread makes one thread's task runner
   */
  public static void run(int n, int threads, Supplier<IntConsumer> perThread) {
    int workers = Math.max(1, Math.min(threads, n));
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "tourplan-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          IntConsumer task = perThread.get();
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            task.accept(i);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
