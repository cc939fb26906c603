package org.tourplan.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.scenario.ScenarioException;
import org.tourplan.scenario.ScenarioLoader;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;

/**
 * One unit as it travels to a cluster member: the scenario as the YAML text {@link
 * org.tourplan.scenario.ScenarioWriter} writes (validated again by the member's loader), the month range, the
 * sender's build fingerprint, a fresh nonce and an HMAC over all of them with the cluster key. The member parses
 * each distinct text once (cached by its hash) and keeps one simulation per text and thread.
 *
 * <p>The member refuses (a {@link UnitResult} with the reason, never an exception) a unit whose MAC is wrong (the
 * sender does not hold the key) or whose build differs from its own (its numbers could differ). It signs its
 * answer over the unit's nonce, so a result cannot be forged or replayed for another unit.
 */
final class MonthTask implements Callable<UnitResult>, Serializable, HazelcastInstanceAware {
  private static final long serialVersionUID = 1L;
  private static final int CACHED = 32;
  private static final Map<String, TourSetup> SETUPS = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, TourSetup> eldest) {
      return size() > CACHED;
    }
  };
  private static final ThreadLocal<Map<String, MonthSimulation>> SIMS = ThreadLocal.withInitial(
      () -> new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MonthSimulation> eldest) {
          return size() > 4;
        }
      });

  static final String LABEL = "tourplan unit v1";

  private final String yaml;
  private final String key;
  private final int from;
  private final int to;
  private final long nonce;
  private final String build;
  private final byte[] mac;
  private transient HazelcastInstance hz;

  /** A unit signed with {@code clusterKey}; {@code key} is the hash of {@code yaml}. */
  MonthTask(ClusterKey clusterKey, String build, long nonce, String yaml, String key, int from, int to) {
    this(yaml, key, from, to, nonce, build, clusterKey.mac(LABEL, nonce, build, yaml, key, from, to));
  }

  /** A unit as received, MAC included (tests build forged ones with it). */
  MonthTask(String yaml, String key, int from, int to, long nonce, String build, byte[] mac) {
    this.yaml = yaml;
    this.key = key;
    this.from = from;
    this.to = to;
    this.nonce = nonce;
    this.build = build;
    this.mac = mac;
  }

  @Override
  public void setHazelcastInstance(HazelcastInstance hz) {
    this.hz = hz;
  }

  @Override
  public UnitResult call() {
    Credentials c = Credentials.of(hz);
    if (c == null) {
      return new UnitResult(null, "this member is not a tourplan worker", null, null); // unsigned: it has no key
    }
    if (!c.key().verify(mac, LABEL, nonce, build, yaml, key, from, to)) {
      return UnitResult.of(c.key(), nonce, null, "refused a unit whose keyed check failed: its sender does not "
          + "hold this cluster's key", c.build());
    }
    if (!c.build().equals(build)) {
      return UnitResult.of(c.key(), nonce, null, "this worker runs tourplan build " + c.build()
          + " and refused a unit from build " + build, c.build());
    }
    try {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("bad month range " + from + ".." + to);
      }
      TourSetup setup = setup(yaml, key);
      MonthSimulation sim = SIMS.get().computeIfAbsent(key, k -> new MonthSimulation(setup));
      return UnitResult.of(c.key(), nonce, LocalExecutor.simulate(sim, setup, from, to), null, c.build());
    } catch (RuntimeException | StackOverflowError e) {
      // an answer, not an exception: exceptions travel back by Java serialization, which the filter limits
      return UnitResult.of(c.key(), nonce, null, "failed on the unit: " + e, c.build());
    }
  }

  /** The parsed scenario of a text, from the member's cache. */
  static TourSetup setup(String yaml, String key) {
    synchronized (SETUPS) {
      TourSetup s = SETUPS.get(key);
      if (s != null) {
        return s;
      }
    }
    TourSetup s;
    try {
      s = new Compiler().compile(ScenarioLoader.parse("unit.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    } catch (ScenarioException e) {
      throw new IllegalStateException("a member could not read the scenario it was sent: " + e.getMessage(), e);
    }
    synchronized (SETUPS) {
      SETUPS.putIfAbsent(key, s);
      return SETUPS.get(key);
    }
  }
}
