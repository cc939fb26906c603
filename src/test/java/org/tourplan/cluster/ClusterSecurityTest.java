package org.tourplan.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.Work;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.format.ScenarioWriter;
import org.tourplan.tour.TourSetup;
import org.tourplan.testing.Slow;

/**
 * Who may take part in a cluster (ports 5891-5899 on 127.0.0.1): members listen on loopback only, deserialize
 * only tourplan's classes, need the key to join, to get work and to hand it out, and refuse units of another
 * build.
 */
@Slow
class ClusterSecurityTest {
  private static final ClusterKey KEY = ClusterKey.of("the right key, 32 bytes long....".getBytes(UTF_8));
  private static final ClusterKey OTHER = ClusterKey.of("another key, also long enough...".getBytes(UTF_8));
  private static String W; // the worker's actual address (another process may hold 5891: the next port is taken)
  private static HazelcastInstance worker;
  private static HazelcastInstance command; // a lite member of the keyed cluster, as a command would be

  @BeforeAll
  static void start() {
    worker = ClusterConfig.startWorker(ClusterConfig.parse("127.0.0.1:5891"), 5891, KEY);
    W = "127.0.0.1:" + worker.getCluster().getLocalMember().getAddress().getPort();
    command = Hazelcast.newHazelcastInstance(ClusterConfig.config(ClusterConfig.parse(W), 5892, true, KEY));
    assertEquals(2, worker.getCluster().getMembers().size());
  }

  @AfterAll
  static void stop() {
    ClusterConfig.stop(command, worker);
  }

  private static Member workerMember() {
    return command.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).findFirst().orElseThrow();
  }

  private static IExecutorService executor() {
    return command.getExecutorService(ClusterConfig.EXECUTOR);
  }

  @Test
  void membersListenOnLoopbackOnly() throws Exception {
    Path tcp = Path.of("/proc/net/tcp");
    assumeTrue(Files.isReadable(tcp), "needs Linux's /proc/net/tcp");
    for (int port : new int[] {worker.getCluster().getLocalMember().getAddress().getPort(),
        command.getCluster().getLocalMember().getAddress().getPort()}) {
      List<String> listening = new ArrayList<>();
      for (Path f : List.of(tcp, Path.of("/proc/net/tcp6"))) {
        if (!Files.isReadable(f)) {
          continue;
        }
        for (String line : Files.readAllLines(f)) {
          String[] c = line.strip().split("\\s+");
          // c[1] is the local address HEX_IP:HEX_PORT, c[3] the state (0A = LISTEN)
          if (c.length > 3 && c[3].equals("0A")
              && c[1].endsWith(":" + String.format(Locale.ROOT, "%04X", port))) {
            listening.add(c[1].substring(0, c[1].indexOf(':')));
          }
        }
      }
      assertFalse(listening.isEmpty(), "nothing listens on port " + port);
      for (String ip : listening) {
        // 127.0.0.1 is 0100007F in /proc/net/tcp, and ::ffff:127.0.0.1 ends with it in tcp6; *:port is all zeros
        assertTrue(ip.endsWith("0100007F"), "port " + port + " listens on " + ip + ", not on 127.0.0.1 only");
      }
    }
  }

  @Test
  void aClusterOnOtherMachinesListensOnThisMachinesOwnAddressInTheList() throws Exception {
    String own = null;
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (var ip : java.util.Collections.list(nic.getInetAddresses())) {
        if (ip instanceof java.net.Inet4Address && !ip.isLoopbackAddress()) {
          own = ip.getHostAddress();
        }
      }
    }
    assumeTrue(own != null, "needs a non-loopback IPv4 address");
    String mine = own;
    List<ClusterConfig.Address> list = ClusterConfig.parse("192.0.2.1:5701," + own + ":5701");
    assertEquals(own, ClusterConfig.bindAddress(list));
    assertEquals("127.0.0.1", ClusterConfig.bindAddress(ClusterConfig.parse("127.0.0.1:5701,localhost:5702")));
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> ClusterConfig.parse("127.0.0.1:5701," + mine + ":5701"));
    assertTrue(mixed.getMessage().contains("mixes loopback"), mixed.getMessage());
  }

  /** A class that is not tourplan's: if a member ever deserialized and ran it, {@link #RAN} would say so. */
  static final class Foreign implements Callable<String>, Serializable {
    private static final long serialVersionUID = 1L;
    static final AtomicBoolean RAN = new AtomicBoolean();

    @Override
    public String call() {
      RAN.set(true);
      return "ran";
    }
  }

  @Test
  void aForeignSerializableClassIsRefused() throws Exception {
    // the worker's own serialization service: a foreign class is refused, tourplan's unit is read
    var ss = ((com.hazelcast.spi.impl.SerializationServiceSupport) worker).getSerializationService();
    var foreign = ss.toData(new Foreign());
    var refused = assertThrows(com.hazelcast.nio.serialization.HazelcastSerializationException.class,
        () -> ss.toObject(foreign));
    assertTrue(String.valueOf(refused.getCause()).contains("Resolving class " + Foreign.class.getName()
        + " is not allowed"), String.valueOf(refused.getCause()));
    assertTrue(ss.toObject(ss.toData(unit(KEY, Build.fingerprint(), 1))) instanceof MonthTask);
    // sent as a task from another member: the worker drops it unread, so it never runs and never answers
    var future = executor().submitToMember(new Foreign(), workerMember());
    assertThrows(Exception.class, () -> future.get(3, TimeUnit.SECONDS));
    future.cancel(true);
    assertFalse(Foreign.RAN.get(), "the worker deserialized and ran a foreign class");
    assertTrue(ClusterConfig.filter().isDefaultsDisabled(), "Hazelcast's default whitelist (all of java.*) is off");
  }

  private static MonthTask unit(ClusterKey key, String build, long nonce) throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml"));
    String yaml = ScenarioWriter.yaml(s, "tourplan unit");
    return new MonthTask(key, build, nonce, yaml, HazelcastExecutor.sha256(yaml), 0, 3);
  }

  @Test
  void aSignedUnitRunsAndItsResultIsAuthenticForThatUnitOnly() throws Exception {
    UnitResult r = executor().submitToMember(unit(KEY, Build.fingerprint(), 42), workerMember())
        .get(30, TimeUnit.SECONDS);
    assertNull(r.refusal());
    assertTrue(r.authentic(KEY, 42));
    Scenario s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml"));
    TourSetup setup = new TourSetup(ScenarioLoader.parse("unit.yaml",
        ScenarioWriter.yaml(s, "tourplan unit").getBytes(UTF_8)));
    assertArrayEquals(new LocalExecutor(1).run(setup, 0, 3), r.values());
    // forged results: replayed for another unit, signed with another key, values changed after signing
    assertFalse(r.authentic(KEY, 43));
    assertFalse(UnitResult.of(OTHER, 42, r.values(), null, r.build()).authentic(KEY, 42));
    double[][] changed = r.values().clone();
    changed[0] = changed[0].clone();
    changed[0][0] += 1;
    assertFalse(new UnitResult(changed, null, r.build(), r.mac()).authentic(KEY, 42));
  }

  @Test
  void aUnitWithoutTheKeyIsRefused() throws Exception {
    UnitResult wrongKey = executor().submitToMember(unit(OTHER, Build.fingerprint(), 7), workerMember())
        .get(30, TimeUnit.SECONDS);
    assertNull(wrongKey.values());
    assertTrue(wrongKey.refusal().contains("keyed check failed"), wrongKey.refusal());
    MonthTask good = unit(KEY, Build.fingerprint(), 8);
    Scenario s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml"));
    String yaml = ScenarioWriter.yaml(s, "tourplan unit");
    // a signed unit whose month range was changed on the way
    MonthTask tampered = new MonthTask(yaml, HazelcastExecutor.sha256(yaml), 0, 4, 8, Build.fingerprint(),
        KEY.mac(MonthTask.LABEL, 8L, Build.fingerprint(), yaml, HazelcastExecutor.sha256(yaml), 0, 3));
    assertNull(executor().submitToMember(tampered, workerMember()).get(30, TimeUnit.SECONDS).values());
    assertTrue(executor().submitToMember(good, workerMember()).get(30, TimeUnit.SECONDS).values() != null,
        "the untampered unit runs");
  }

  @Test
  void aWorkerOfAnotherBuildRefusesTheUnitNamingBothBuilds() throws Exception {
    // the test hook: a worker that says it runs another build, in a cluster of its own key (so that it can never
    // meet the class's worker, whatever ports are free)
    ClusterKey key = ClusterKey.of("the old build's cluster key.....".getBytes(UTF_8));
    HazelcastInstance old = ClusterConfig.startWorker(ClusterConfig.parse("127.0.0.1:5893"), 5893, key,
        "0123456789abcdef");
    String oldAt = "127.0.0.1:" + old.getCluster().getLocalMember().getAddress().getPort();
    HazelcastInstance lite = Hazelcast.newHazelcastInstance(
        ClusterConfig.config(ClusterConfig.parse(oldAt), 5896, true, key));
    try {
      UnitResult r = lite.getExecutorService(ClusterConfig.EXECUTOR)
          .submitToMember(unit(key, Build.fingerprint(), 9), old.getCluster().getLocalMember())
          .get(30, TimeUnit.SECONDS);
      assertNull(r.values());
      assertTrue(r.refusal().contains("0123456789abcdef") && r.refusal().contains(Build.fingerprint()),
          r.refusal());
      assertTrue(r.authentic(key, 9), "the refusal itself is signed");
      // a whole run: the handshake sees the other build and the run stops before any unit, naming both
      ClusterException e = assertThrows(ClusterException.class,
          () -> HazelcastExecutor.join(ClusterConfig.parse(oldAt), 5897, 5, key).close());
      assertTrue(e.getMessage().contains("0123456789abcdef") && e.getMessage().contains(Build.fingerprint()),
          e.getMessage());
      // and for a user: exit 2 and one line naming both builds (this worker has the loopback key a command uses)
      HazelcastInstance oldNoKey = ClusterConfig.startWorker(ClusterConfig.parse("127.0.0.1:5890"), 5890,
          ClusterKey.loopbackDefault(), "0123456789abcdef");
      String noKeyAt = "127.0.0.1:" + oldNoKey.getCluster().getLocalMember().getAddress().getPort();
      try {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = org.tourplan.cli.Main.run(new String[] {"sweep", "scenarios/minimal.yaml", "--vary",
            "group.size=4,5", "--replications", "5", "--out", Files.createTempDirectory("sweep").toString(),
            "--cluster", noKeyAt, "--cluster-port", "5897"}, new PrintWriter(out), new PrintWriter(err),
            1_000_000); // unwrapped: one message on one line
        assertEquals(2, code, out + "" + err);
        assertTrue(err.toString().startsWith("tourplan: the worker at " + noKeyAt + " runs tourplan build "
            + "0123456789abcdef and this command build " + Build.fingerprint()), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
      } finally {
        ClusterConfig.stop(oldNoKey);
      }
    } finally {
      ClusterConfig.stop(lite, old);
    }
  }

  @Test
  void aMemberWithAnotherKeyCannotJoinAndOneThatOnlyKnowsTheNameGetsNoWork() throws Exception {
    HazelcastInstance stranger = Hazelcast.newHazelcastInstance(ClusterConfig.config(ClusterConfig.parse(W),
        5898, false, OTHER));
    // a member that learnt the cluster name (it travels in clear) but signs with another key
    Config named = ClusterConfig.config(ClusterConfig.parse(W), 5899, false, KEY);
    named.getUserContext().put(Credentials.CONTEXT, new Credentials(OTHER, Build.fingerprint()));
    HazelcastInstance impostor = Hazelcast.newHazelcastInstance(named);
    try {
      assertEquals(1, stranger.getCluster().getMembers().size(), "another key is another cluster");
      assertNotEquals(KEY.clusterName(), OTHER.clusterName());
      assertEquals(3, worker.getCluster().getMembers().size(), "the impostor is in (it knows the name)");
      Scenario s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml"));
      List<Work> work = List.of(new Work(new TourSetup(s.withRun(5, 30)), 0, 30));
      try (HazelcastExecutor ex = HazelcastExecutor.join(ClusterConfig.parse(W), 5896, 2, KEY)) {
        assertEquals(1, ex.workerCount(), "only the worker with the key is admitted");
        assertArrayEquals(new LocalExecutor(1).runAll(work, null).get(0), ex.runAll(work, null).get(0));
      }
      ClusterException alone = assertThrows(ClusterException.class, () -> HazelcastExecutor.join(
          ClusterConfig.parse("127.0.0.1:" + stranger.getCluster().getLocalMember().getAddress().getPort()), 5896, 2,
          KEY).close());
      assertTrue(alone.getMessage().startsWith("no tourplan worker answered"), alone.getMessage());
    } finally {
      ClusterConfig.stop(stranger, impostor);
    }
  }
}
