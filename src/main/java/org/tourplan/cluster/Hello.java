package org.tourplan.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * The keyed handshake the command makes with each worker before it sends it any unit: a fresh nonce goes out, and
 * the worker answers with its build fingerprint and cores, signed over the nonce and its own member id. Only a
 * holder of the key can answer, and an answer cannot be replayed or relayed by another member (its id is
 * signed). A member that fails it never gets a unit, so it never sees a scenario.
 */
final class Hello implements Callable<Hello.Reply>, Serializable, HazelcastInstanceAware {
  private static final long serialVersionUID = 1L;
  static final String LABEL = "tourplan hello v1";

  private final long nonce;
  private transient HazelcastInstance hz;

  Hello(long nonce) {
    this.nonce = nonce;
  }

  @Override
  public void setHazelcastInstance(HazelcastInstance hz) {
    this.hz = hz;
  }

  @Override
  public Reply call() {
    Credentials c = Credentials.of(hz);
    if (c == null) {
      return new Reply(null, 0, null);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    String member = hz.getCluster().getLocalMember().getUuid().toString();
    return new Reply(c.build(), cores, c.key().mac(LABEL, nonce, member, c.build(), cores));
  }

  /**
   * A worker's answer.
   *
   * @param build its build fingerprint
   * @param cores its cores: how many units it gets at once (twice that)
   * @param mac   HMAC over the nonce, its member id, build and cores
   */
  record Reply(String build, int cores, byte[] mac) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** True when made with {@code key} for this nonce by the member {@code member}. */
    boolean authentic(ClusterKey key, long nonce, String member) {
      return key.verify(mac, LABEL, nonce, member, build, cores);
    }
  }
}
