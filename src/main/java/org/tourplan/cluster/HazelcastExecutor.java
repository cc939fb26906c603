package org.tourplan.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Unit;
import org.tourplan.run.Work;
import org.tourplan.format.ScenarioWriter;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;

/**
 * Runs units on the workers of a Hazelcast cluster ({@code tourplan worker} members). This process joins as a
 * lite member: it holds no data and runs no units while a worker is there; it hands units out, at most twice a
 * worker's cores at a time, and merges the results by (work, from), so the order in which they come back never
 * matters and the numbers are those of {@link LocalExecutor}.
 *
 * <p>A unit whose worker leaves (stopped, crashed, cut off) is put back at the head of the queue and handed to
 * another worker; when no worker is left at all, this process runs the remaining units itself. A unit that fails
 * for any other reason (a bug) fails the run. A late answer from a unit already done elsewhere is ignored: both
 * answers are identical anyway.
 *
 * <p>Only workers that pass the keyed handshake ({@link Admission}) get units. Every unit carries this build's
 * fingerprint, a fresh nonce and an HMAC with the cluster key; every result must carry the worker's HMAC over that
 * nonce. A result that fails the check, or a unit refused by a worker (wrong key, another build), stops the run
 * with a {@link ClusterException}: numbers are never taken from a stranger or mixed across builds.
 */
public final class HazelcastExecutor implements MonthExecutor {
  /** Tries of one unit before the run gives up on it. */
  static final int MAX_ATTEMPTS = 5;

  private final HazelcastInstance hz;
  private final boolean owned;
  private final int batch;
  private final ClusterKey clusterKey;
  private final String build;
  private final Admission admission;
  private final AtomicLong units = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final AtomicLong ranHere = new AtomicLong();

  /**
   * An executor over a member that is already running (its lifetime stays the caller's unless {@code owned}).
   *
   * @param batch months per unit
   * @param key   the cluster key units are signed with and results checked against
   * @param build the build fingerprint units carry ({@link Build#fingerprint()})
   */
  HazelcastExecutor(HazelcastInstance hz, boolean owned, int batch, ClusterKey key, String build) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1");
    }
    this.hz = hz;
    this.owned = owned;
    this.batch = batch;
    this.clusterKey = key;
    this.build = build;
    this.admission = new Admission(hz, key, build);
  }

  /** Seconds a command waits, once one worker is in, for the other listed workers to be admitted too. */
  static final int SETTLE_SECONDS = 3;

  /**
   * Joins the cluster of the listed members as a lite member and waits for a worker, then (at most
   * {@link #SETTLE_SECONDS}) for every listed one.
   *
   * @param port this process's member port (the next free one is taken when it is in use)
   * @param key  the cluster key
   * @throws ClusterException within about {@link ClusterConfig#JOIN_SECONDS} + 10 seconds when no worker holding
   *     the key answers, or at once when a worker runs another build
   */
  public static HazelcastExecutor join(List<ClusterConfig.Address> members, int port, int batch, ClusterKey key) {
    return join(members, port, batch, key, Build.fingerprint());
  }

  /** As {@link #join(List, int, int, ClusterKey)}, for a command of build {@code build} (tests). */
  static HazelcastExecutor join(List<ClusterConfig.Address> members, int port, int batch, ClusterKey key,
                                String build) {
    long started = System.nanoTime();
    HazelcastInstance hz;
    try {
      hz = Hazelcast.newHazelcastInstance(ClusterConfig.config(members, port, true, key));
    } catch (RuntimeException e) {
      throw new ClusterException("cannot start this command's cluster member (port " + port + " and up): "
          + firstLine(e));
    }
    HazelcastExecutor ex = new HazelcastExecutor(hz, true, batch, key, build);
    long deadline = started + TimeUnit.SECONDS.toNanos(ClusterConfig.JOIN_SECONDS + 2);
    try {
      while (ex.admission.workers().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      // the first worker in: give the other listed ones a moment to be seen and admitted, so a run does not start
      // on one of two workers (it would be correct, the numbers never depend on it, but slower)
      long settle = Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS));
      while (!ex.admission.workers().isEmpty() && ex.admission.workers().size() < members.size()
          && System.nanoTime() < settle) {
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      ClusterConfig.stop(hz);
      throw e;
    }
    if (ex.admission.workers().isEmpty()) {
      int strangers = ex.admission.refusedCount();
      ClusterConfig.stop(hz);
      long s = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      throw new ClusterException("no tourplan worker answered at " + ClusterConfig.format(members) + " within "
          + s + " s" + (strangers > 0 ? " (" + strangers + (strangers == 1 ? " member" : " members")
          + " answered without this cluster's key and got no work)" : "")
          + ": start one on each listed machine with 'tourplan worker --cluster "
          + ClusterConfig.format(members) + "' and the same key, and check the addresses, the ports and the "
          + "firewall");
    }
    return ex;
  }

  /** Units handed out again because their worker left. */
  public long retried() {
    return retried.get();
  }

  /** Units this process ran itself because no worker was left. */
  public long ranHere() {
    return ranHere.get();
  }

  /** Workers now in the cluster. */
  public int workerCount() {
    return admission.workers().size();
  }

  @Override
  public long units() {
    return units.get();
  }

  @Override
  public String describe() {
    int n = workerCount();
    return "a cluster of " + n + (n == 1 ? " worker" : " workers");
  }

  @Override
  public void close() {
    if (owned && hz.getLifecycleService().isRunning()) {
      ClusterConfig.stop(hz);
    }
  }

  private sealed interface Event permits Answer, Failure, Left, Joined { }

  private record Answer(long id, int unit, UnitResult result) implements Event { }

  private record Failure(long id, int unit, Throwable error) implements Event { }

  private record Left(UUID member) implements Event { }

  private record Joined() implements Event { }

  private record Sent(int unit, UUID member, long nonce) { }

  @Override
  public List<double[][]> runAll(List<Work> work, IntConsumer progress) {
    List<double[][]> out = LocalExecutor.allocate(work);
    List<Unit> todo = Unit.split(work, batch);
    units.addAndGet(todo.size());
    String[] yaml = new String[work.size()];
    String[] key = new String[work.size()];
    Map<TourSetup, Integer> seen = new IdentityHashMap<>();
    for (int w = 0; w < work.size(); w++) {
      Integer same = seen.putIfAbsent(work.get(w).setup(), w);
      yaml[w] = same != null ? yaml[same] : ScenarioWriter.yaml(work.get(w).setup().scenario(), "tourplan unit");
      key[w] = same != null ? key[same] : sha256(yaml[w]);
    }
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    UUID listener = hz.getCluster().addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent e) {
        events.add(new Joined());
      }

      @Override
      public void memberRemoved(MembershipEvent e) {
        events.add(new Left(e.getMember().getUuid()));
      }
    });
    try {
      IExecutorService ex = hz.getExecutorService(ClusterConfig.EXECUTOR);
      Deque<Integer> pending = new ArrayDeque<>();
      for (int u = 0; u < todo.size(); u++) {
        pending.add(u);
      }
      boolean[] done = new boolean[todo.size()];
      int[] attempts = new int[todo.size()];
      int finished = 0;
      int months = 0;
      Map<Long, Sent> sent = new HashMap<>();
      long ids = 0;
      Map<TourSetup, MonthSimulation> here = new IdentityHashMap<>();
      while (finished < todo.size()) {
        if (!hz.getLifecycleService().isRunning()) {
          throw new ClusterException("this command's cluster member stopped before the run was complete");
        }
        List<Member> workers = admission.workers();
        if (workers.isEmpty() && sent.isEmpty()) {
          // nobody left to ask: finish here, with the same numbers
          Integer u = pending.poll();
          if (u != null) {
            Unit x = todo.get(u);
            Work w = work.get(x.work());
            double[][] v = LocalExecutor.simulate(here.computeIfAbsent(w.setup(), MonthSimulation::new),
                w.setup(), x.from(), x.to());
            events.add(new Answer(-1, u, new UnitResult(v, null, build, null)));
            ranHere.incrementAndGet();
          }
        }
        for (Member m : workers) {
          int cap = admission.capacity(m);
          int load = 0;
          for (Sent s : sent.values()) {
            if (s.member().equals(m.getUuid())) {
              load++;
            }
          }
          while (load < cap && !pending.isEmpty()) {
            int u = pending.poll();
            long id = ++ids;
            long nonce = Admission.nonce();
            sent.put(id, new Sent(u, m.getUuid(), nonce));
            load++;
            Unit x = todo.get(u);
            MonthTask task = new MonthTask(clusterKey, build, nonce, yaml[x.work()], key[x.work()], x.from(), x.to());
            try {
              ex.submitToMember(task, m, new ExecutionCallback<UnitResult>() {
                @Override
                public void onResponse(UnitResult response) {
                  events.add(new Answer(id, u, response));
                }

                @Override
                public void onFailure(Throwable t) {
                  events.add(new Failure(id, u, t));
                }
              });
            } catch (RuntimeException e) {
              events.add(new Failure(id, u, e));
            }
          }
        }
        Event e = events.poll(250, TimeUnit.MILLISECONDS);
        if (e instanceof Answer a) {
          Sent s = sent.remove(a.id());
          if (s != null) {
            check(a.result(), s);
          } else if (a.id() != -1) {
            continue; // a late answer to a unit handed out again: it was done elsewhere, never used
          }
          if (!done[a.unit()]) {
            Unit x = todo.get(a.unit());
            LocalExecutor.store(out.get(x.work()), x.from() - work.get(x.work()).from(), a.result().values());
            done[a.unit()] = true;
            finished++;
            months += x.months();
            if (progress != null) {
              progress.accept(months);
            }
          }
        } else if (e instanceof Failure f) {
          Sent s = sent.remove(f.id());
          if (s == null || done[f.unit()]) {
            continue; // already handed out again when its worker left
          }
          if (!lost(f.error()) && present(s.member())) {
            throw new IllegalStateException("a worker failed on a unit: " + firstLine(f.error()), f.error());
          }
          again(f.unit(), attempts, pending);
        } else if (e instanceof Left l) {
          admission.left(l.member());
          for (Iterator<Sent> it = sent.values().iterator(); it.hasNext(); ) {
            Sent s = it.next();
            if (s.member().equals(l.member())) {
              it.remove();
              if (!done[s.unit()]) {
                again(s.unit(), attempts, pending);
              }
            }
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (hz.getLifecycleService().isRunning()) {
        hz.getCluster().removeMembershipListener(listener);
      }
    }
    return out;
  }

  /** Throws unless the result is a worker's authentic answer to the unit sent, with values. */
  private void check(UnitResult r, Sent s) {
    String who = hz.getCluster().getMembers().stream().filter(m -> m.getUuid().equals(s.member()))
        .map(ClusterConfig::describe).findFirst().orElse("a worker that left");
    if (r == null || !r.authentic(clusterKey, s.nonce())) {
      throw new ClusterException("a result from " + who + " failed the keyed check and was refused: the run "
          + "stopped rather than use it (is a member without this cluster's key answering?)");
    }
    if (r.refusal() != null) {
      throw new ClusterException("the worker at " + who + " " + r.refusal()
          + (build.equals(r.build()) ? "" : " (this command runs build " + build + ": copy the same "
          + "tourplan.jar to every machine)"));
    }
    if (r.values() == null) {
      throw new ClusterException("the worker at " + who + " sent no values for a unit");
    }
  }

  private boolean present(UUID member) {
    return hz.getCluster().getMembers().stream().anyMatch(m -> m.getUuid().equals(member));
  }

  private void again(int unit, int[] attempts, Deque<Integer> pending) {
    if (++attempts[unit] >= MAX_ATTEMPTS) {
      throw new ClusterException("a unit was lost with its worker " + attempts[unit] + " times; giving up");
    }
    retried.incrementAndGet();
    pending.addFirst(unit);
  }

  /** True when the error means the unit's worker went away (the unit itself is fine). */
  static boolean lost(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof MemberLeftException || c instanceof HazelcastInstanceNotActiveException
          || c instanceof TargetNotMemberException || c instanceof TargetDisconnectedException
          || c instanceof RetryableException) {
        return true;
      }
    }
    return false;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(Throwable t) {
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
