package org.tourplan.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.cli.Main;
import org.tourplan.plan.Planner;
import org.tourplan.report.results.PlanJson;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.Work;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.tour.TourSetup;
import org.tourplan.testing.Slow;

/**
 * A real two-worker cluster on 127.0.0.1 (uncommon ports 5881-5889): the same bytes as the local executor, a
 * worker lost in the middle of a run, and an address where nobody answers.
 */
@Slow
class ClusterTest {
  // the members' actual addresses: another process on this machine may hold 5881 or 5882 (then the next is taken)
  private static String A;
  private static String BOTH;
  /** What the commands use on loopback without --cluster-key-file or TOURPLAN_CLUSTER_KEY. */
  private static final ClusterKey KEY = ClusterKey.loopbackDefault();
  private static HazelcastInstance a;
  private static HazelcastInstance b;

  @TempDir
  Path tmp;

  @BeforeAll
  static void startWorkers() {
    a = ClusterConfig.startWorker(ClusterConfig.parse("127.0.0.1:5881"), 5881, KEY); // alone first: no wait
    A = "127.0.0.1:" + a.getCluster().getLocalMember().getAddress().getPort();
    b = ClusterConfig.startWorker(ClusterConfig.parse(A + ",127.0.0.1:5882"), 5882, KEY);
    BOTH = A + ",127.0.0.1:" + b.getCluster().getLocalMember().getAddress().getPort();
    assertEquals(2, a.getCluster().getMembers().size(), a.getCluster().getMembers() + " / " + b.getCluster()
        .getMembers());
  }

  @AfterAll
  static void stopWorkers() {
    ClusterConfig.stop(b, a); // one at a time, each gone from the other's view before the next stops
  }

  record Run(int code, String out, String err) { }

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), 1_000_000); // unwrapped: content, not layout
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aSweepOnTwoWorkersGivesTheSameBytesAsOnThisMachine() throws Exception {
    // group.size=24 with 4 vehicles is not a valid scenario: a row of both files, sent to no worker
    String[] sweep = {"sweep", "scenarios/beijing-ev-tour-20-parties.yaml", "--vary", "group.size=16,24", "--vary",
        "shuttles.vehicles=4..6", "--replications", "30"};
    List<String> local = new ArrayList<>(List.of(sweep));
    local.addAll(List.of("--json", tmp.resolve("local.json").toString(), "--out", tmp.resolve("l").toString()));
    List<String> cluster = new ArrayList<>(List.of(sweep));
    cluster.addAll(List.of("--json", tmp.resolve("cluster.json").toString(), "--out", tmp.resolve("c").toString(),
        "--cluster", BOTH, "--cluster-port", "5885", "--batch", "4"));
    Run l = cli(local.toArray(String[]::new));
    assertEquals(0, l.code(), l.err());
    Run c = cli(cluster.toArray(String[]::new));
    assertEquals(0, c.code(), c.err());
    // the run went through the cluster; a worker admitted late (a loaded machine) changes the speed, never the bytes
    assertTrue(c.out().replaceAll("\\s+", " ").matches(".*on a cluster of [12] workers? in .*"), c.out());
    assertTrue(c.out().contains("1 of 6 variants is not a valid scenario"), c.out());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("local.json")), Files.readAllBytes(tmp.resolve("cluster.json")));
    String dir = "beijing-ev-factory-tour-july-2025-20-parties-a-tour/sweep-group-size-shuttles-vehicles/sweep.csv";
    assertArrayEquals(Files.readAllBytes(tmp.resolve("l").resolve(dir)), Files.readAllBytes(tmp.resolve("c").resolve(dir)));
  }

  @Test
  void aWorkerLostInTheMiddleOfARunChangesNothing() throws Exception {
    HazelcastInstance c = ClusterConfig.startWorker(ClusterConfig.parse(A), 5883, KEY);
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour-20-parties.yaml"));
    List<Work> work = new ArrayList<>();
    for (int size : new int[] {16, 20, 24, 28}) {
      work.add(new Work(new TourSetup(s.withRun(s.seed() + size, 60)), 0, 60));
    }
    work.add(new Work(new TourSetup(s.withRun(7, 60)), 20, 60));
    List<double[][]> expected = new LocalExecutor(2).runAll(work, null);
    AtomicBoolean killed = new AtomicBoolean();
    List<double[][]> got;
    long retried;
    try (HazelcastExecutor ex = HazelcastExecutor.join(ClusterConfig.parse(A), 5886, 5, KEY)) {
      assertEquals(3, ex.workerCount());
      got = ex.runAll(work, months -> {
        if (months >= 40 && killed.compareAndSet(false, true)) {
          c.getLifecycleService().terminate(); // as if its machine went away: no goodbye
        }
      });
      retried = ex.retried();
      assertEquals(2, ex.workerCount());
    }
    assertTrue(killed.get());
    assertTrue(retried > 0, "units in flight on the lost worker were run again");
    assertEquals(expected.size(), got.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), got.get(i), "work " + i);
    }
  }

  @Test
  void whenEveryWorkerIsGoneTheRunFinishesHere() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml"));
    // a cluster of its own (its own key): if 5884 is taken, solo takes the next port, and its list must not lead
    // it into the cluster of a and b (then they, not this machine, would finish the run)
    ClusterKey soloKey = ClusterKey.of("a key for solo's own cluster".getBytes(StandardCharsets.UTF_8));
    HazelcastInstance solo = ClusterConfig.startWorker(ClusterConfig.parse("127.0.0.1:5884"), 5884, soloKey);
    String soloAt = "127.0.0.1:" + solo.getCluster().getLocalMember().getAddress().getPort();
    List<Work> work = List.of(new Work(new TourSetup(s.withRun(3, 40)), 0, 40));
    try (HazelcastExecutor ex = HazelcastExecutor.join(ClusterConfig.parse(soloAt), 5887, 2, soloKey)) {
      assertEquals(1, ex.workerCount());
      AtomicBoolean killed = new AtomicBoolean();
      List<double[][]> got = ex.runAll(work, months -> {
        if (killed.compareAndSet(false, true)) {
          solo.getLifecycleService().terminate();
        }
      });
      assertArrayEquals(new LocalExecutor(1).runAll(work, null).get(0), got.get(0));
      assertTrue(ex.ranHere() > 0);
    }
  }

  /**
   * An IPv6 loopback cluster works and is shown as written: a worker listed as [::1] once listened on 127.0.0.1
   * (Hazelcast prefers IPv4 unless told otherwise), so no command ever reached it and nothing said why.
   */
  @Test
  void anIpv6LoopbackClusterRunsAndGivesTheNumbersOfThisMachine() throws Exception {
    ClusterKey v6Key = ClusterKey.of("a key for the IPv6 loopback cluster".getBytes(StandardCharsets.UTF_8));
    HazelcastInstance v6 = ClusterConfig.startWorker(ClusterConfig.parse("[::1]:5891"), 5891, v6Key);
    try {
      var at = v6.getCluster().getLocalMember().getAddress();
      assertTrue(at.getInetAddress().isLoopbackAddress() && at.getInetAddress() instanceof java.net.Inet6Address,
          at.toString());
      String listed = ClusterConfig.describe(at.getHost(), at.getPort());
      assertTrue(listed.startsWith("[::1]:"), listed);
      Scenario s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml"));
      List<Work> work = List.of(new Work(new TourSetup(s.withRun(9, 20)), 0, 20));
      List<double[][]> expected = new LocalExecutor(2).runAll(work, null);
      try (HazelcastExecutor ex = HazelcastExecutor.join(ClusterConfig.parse(listed), 5892, 4, v6Key)) {
        assertEquals(1, ex.workerCount());
        List<double[][]> got = ex.runAll(work, null);
        assertTrue(ex.units() > 0);
        for (int m = 0; m < expected.get(0).length; m++) {
          assertArrayEquals(expected.get(0)[m], got.get(0)[m]);
        }
      }
    } finally {
      ClusterConfig.stop(v6);
    }
  }

  @Test
  void thePlannerGivesTheSameAnswerOnTheCluster() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("src/test/resources/plan/blocked-by-safety.yaml"));
    byte[] local = PlanJson.bytes(Planner.plan(s, 2, null));
    try (HazelcastExecutor ex = HazelcastExecutor.join(ClusterConfig.parse(BOTH), 5888, 10, KEY)) {
      assertArrayEquals(local, PlanJson.bytes(Planner.plan(s, ex, null)));
      assertTrue(ex.units() > 0);
    }
  }

  @Test
  void simulateCheckReportAndSeasonOnTwoWorkersGiveTheNumbersOfThisMachine() throws Exception {
    String[] where = {"--cluster", BOTH, "--cluster-port", "5885", "--batch", "3"};
    String[] run = {"--replications", "16", "--seed", "5", "--threads", "2"};
    // simulate: the results file, byte for byte
    Run l = cli(concat(new String[] {"simulate", "scenarios/breaks-limits.yaml", "--json",
        tmp.resolve("local.json").toString()}, run));
    assertEquals(0, l.code(), l.err());
    Run c = cli(concat(new String[] {"simulate", "scenarios/breaks-limits.yaml", "--json",
        tmp.resolve("cluster.json").toString()}, run, where));
    assertEquals(0, c.code(), c.err());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("local.json")), Files.readAllBytes(tmp.resolve("cluster.json")));
    // check: every verdict, count and explanation (the traced months are re-run here, from the same numbers)
    Run lc = cli(concat(new String[] {"check", "scenarios/breaks-limits.yaml"}, run));
    Run cc = cli(concat(new String[] {"check", "scenarios/breaks-limits.yaml"}, run, where));
    assertEquals(Main.PROBLEM, lc.code(), lc.err());
    assertTrue(lc.out().contains("breached in"), lc.out());
    assertEquals(lc.code(), cc.code(), cc.err());
    assertEquals(lc.out(), cc.out());
    // report: the page, the results file and the tours of the median month
    Run lr = cli(concat(new String[] {"report", "scenarios/breaks-limits.yaml", "--out", tmp.resolve("l").toString()},
        run));
    Run cr = cli(concat(new String[] {"report", "scenarios/breaks-limits.yaml", "--out", tmp.resolve("c").toString()},
        run, where));
    assertEquals(0, lr.code(), lr.err());
    assertEquals(0, cr.code(), cr.err());
    String dir = "breaks-limits-on-purpose-stress-test/report/";
    for (String f : new String[] {"index.html", "results.json", "tours.csv"}) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("l").resolve(dir + f)),
          Files.readAllBytes(tmp.resolve("c").resolve(dir + f)), f);
    }
    // season: every month of the season on the workers, the lottery here; the season results file, byte for byte
    String[] season = {"--replications", "6", "--threads", "2"};
    Run ls = cli(concat(new String[] {"season", "scenarios/beijing-2025-season.yaml", "--json",
        tmp.resolve("season-local.json").toString(), "--out", tmp.resolve("sl").toString()}, season));
    Run cs = cli(concat(new String[] {"season", "scenarios/beijing-2025-season.yaml", "--json",
        tmp.resolve("season-cluster.json").toString(), "--out", tmp.resolve("sc").toString()}, season, where));
    assertEquals(0, ls.code(), ls.err());
    assertEquals(0, cs.code(), cs.err());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("season-local.json")),
        Files.readAllBytes(tmp.resolve("season-cluster.json")));
  }

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] p : parts) {
      all.addAll(List.of(p));
    }
    return all.toArray(String[]::new);
  }

  @Test
  void nobodyAnsweringIsAClearErrorWithinSeconds() {
    long started = System.nanoTime();
    Run r = cli("sweep", "scenarios/minimal.yaml", "--vary", "group.size=4,5", "--replications", "5",
        "--out", tmp.toString(), "--cluster", "127.0.0.1:1", "--cluster-port", "5889");
    double seconds = (System.nanoTime() - started) / 1e9;
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("tourplan: no tourplan worker answered at 127.0.0.1:1 within "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(seconds < 30, seconds + " s");
  }

  @Test
  void badAddressesAreUsageErrors() {
    for (String bad : new String[] {"127.0.0.1:99999", "127.0.0.1:x", ",", "no-such-host.invalid:5701"}) {
      Run r = cli("sweep", "scenarios/minimal.yaml", "--vary", "group.size=4,5", "--cluster", bad);
      assertEquals(2, r.code(), bad + ": " + r.err());
      assertTrue(r.err().contains("--cluster"), r.err());
    }
  }
}
