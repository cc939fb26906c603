package org.tourplan.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Which members of the cluster the command may hand units to: full members that answered the keyed handshake
 * ({@link Hello}) with this command's key and build. A member that cannot answer it (it does not hold the key) is
 * never sent a unit, so it never sees a scenario; a member that answers from another build stops the run, since
 * its numbers may differ and mixing builds must never pass unnoticed.
 */
final class Admission {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HazelcastInstance hz;
  private final ClusterKey key;
  private final String build;
  private final Map<UUID, Integer> cores = new ConcurrentHashMap<>();
  private final Set<UUID> refused = ConcurrentHashMap.newKeySet();

  Admission(HazelcastInstance hz, ClusterKey key, String build) {
    this.hz = hz;
    this.key = key;
    this.build = build;
  }

  /** A fresh random nonce for a handshake or a unit. */
  static long nonce() {
    return RANDOM.nextLong();
  }

  /**
   * The admitted workers now in the cluster, this process excluded; members not seen before are asked first.
   *
   * @throws ClusterException when a member holding the key runs another build
   */
  List<Member> workers() {
    List<Member> out = new ArrayList<>();
    IExecutorService ex = hz.getExecutorService(ClusterConfig.EXECUTOR);
    for (Member m : hz.getCluster().getMembers()) {
      if (m.isLiteMember() || m.localMember() || refused.contains(m.getUuid())) {
        continue;
      }
      if (cores.containsKey(m.getUuid()) || admit(ex, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Members that did not pass the handshake (they lack the key, or did not answer in time). */
  int refusedCount() {
    return refused.size();
  }

  /** Units a worker gets at once: twice its cores. */
  int capacity(Member m) {
    return 2 * cores.getOrDefault(m.getUuid(), 1);
  }

  /** Forgets a member that left. */
  void left(UUID member) {
    cores.remove(member);
    refused.remove(member);
  }

  private boolean admit(IExecutorService ex, Member m) {
    long nonce = nonce();
    Hello.Reply r;
    try {
      r = ex.submitToMember(new Hello(nonce), m).get(ClusterConfig.CONNECT_SECONDS + 7L, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      if (HazelcastExecutor.lost(e)) {
        return false; // it left while we asked: not refused, just gone
      }
      refused.add(m.getUuid());
      return false;
    }
    if (r == null || !r.authentic(key, nonce, m.getUuid().toString())) {
      refused.add(m.getUuid());
      return false;
    }
    if (!build.equals(r.build())) {
      throw new ClusterException("the worker at " + ClusterConfig.describe(m) + " runs tourplan build " + r.build()
          + " and this command build " + build + ": the numbers of two builds may differ, so nothing was run; "
          + "copy the same tourplan.jar to every machine");
    }
    cores.put(m.getUuid(), Math.max(1, r.cores()));
    return true;
  }
}
