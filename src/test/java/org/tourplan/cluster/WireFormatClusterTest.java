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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.cli.Main;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.report.results.ResultsJson;
import org.tourplan.report.results.SeasonJson;
import org.tourplan.run.Compiler;
import org.tourplan.run.Runner;
import org.tourplan.run.SeasonRunner;
import org.tourplan.scenario.Scenario;

/**
 * Workers read the scenario as text (format.ScenarioWriter's YAML): keys the writer left out changed the numbers a
 * cluster gave. A planned-mode file with its own shuttles.planIterations (written back as 500, so the workers planned
 * other rosters) and a season file give the bytes of this machine on two loopback workers (ports 5871-5879, used
 * by no other test: ClusterTest holds 5881-5889, ClusterSecurityTest 5890-5898).
 */
class WireFormatClusterTest {
  private static final ClusterKey KEY = ClusterKey.loopbackDefault();
  private static HazelcastInstance a;
  private static HazelcastInstance b;
  private static String both;

  @TempDir
  Path tmp;

  @BeforeAll
  static void startWorkers() {
    a = ClusterConfig.startWorker(ClusterConfig.parse("127.0.0.1:5871"), 5871, KEY);
    String first = "127.0.0.1:" + a.getCluster().getLocalMember().getAddress().getPort();
    b = ClusterConfig.startWorker(ClusterConfig.parse(first + ",127.0.0.1:5872"), 5872, KEY);
    both = first + ",127.0.0.1:" + b.getCluster().getLocalMember().getAddress().getPort();
    assertEquals(2, a.getCluster().getMembers().size(), a.getCluster().getMembers().toString());
  }

  @AfterAll
  static void stopWorkers() {
    ClusterConfig.stop(b, a);
  }

  private record Run(int code, String out, String err) { }

  private static Run cli(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * The bundled file in planned mode with 20 jsprit iterations a solve (pooled-shuttles.yaml: its rosters after 20
   * iterations are not those after 500, so a worker that read 500 gives other numbers), with a season when asked: a
   * phase of its own weekly timetable, then two months of the top-level one.
   */
  private Path planned(String bundled, String name, boolean season) throws Exception {
    String text = Files.readString(Path.of("scenarios", bundled), StandardCharsets.UTF_8);
    String changed = text.replaceFirst("(?m)^  mode: (dedicated|pooled).*$", "  mode: planned\n  planIterations: 20");
    assertTrue(changed.contains("planIterations: 20"), bundled);
    if (season) {
      changed += "\nseason:\n  from: \"2025-06\"\n  to: \"2025-08\"\n  phases:\n    - from: \"2025-06\"\n"
          + "      to: \"2025-06\"\n      schedule: { days: { SAT: [\"10:00\", \"10:30\"] }, monthly: { \"2nd WED\": "
          + "[\"14:00\"] } }\n";
    }
    Path file = tmp.resolve(name);
    Files.writeString(file, changed, StandardCharsets.UTF_8);
    return file;
  }

  /** The command's file output here and on the two workers: byte for byte the same. */
  private void sameBytes(String command, Path file, String... options) throws Exception {
    List<String> local = new ArrayList<>(List.of(command, file.toString(), "--json",
        tmp.resolve(command + "-local.json").toString(), "--threads", "2"));
    local.addAll(List.of(options));
    List<String> cluster = new ArrayList<>(List.of(command, file.toString(), "--json",
        tmp.resolve(command + "-cluster.json").toString(), "--threads", "2", "--cluster", both, "--cluster-port",
        "5875", "--batch", "3"));
    cluster.addAll(List.of(options));
    Run l = cli(local);
    assertEquals(0, l.code(), l.err());
    Run c = cli(cluster);
    assertEquals(0, c.code(), c.err());
    assertArrayEquals(Files.readAllBytes(tmp.resolve(command + "-local.json")),
        Files.readAllBytes(tmp.resolve(command + "-cluster.json")), command + " " + file.getFileName());
  }

  @Test
  void aPlannedModeFileWithItsOwnPlanIterationsGivesTheNumbersOfThisMachine() throws Exception {
    Path file = planned("pooled-shuttles.yaml", "planned-20.yaml", false);
    sameBytes("simulate", file, "--replications", "24");
    // and every month went to a worker, none was run here
    Scenario s = ScenarioLoader.load(file).withRun(20250701, 12);
    byte[] local = ResultsJson.bytes(Runner.simulate(s, 2, null));
    try (HazelcastExecutor ex = HazelcastExecutor.join(ClusterConfig.parse(both), 5876, 2, KEY)) {
      assertArrayEquals(local, ResultsJson.bytes(Runner.simulate(new Compiler().compile(s), ex)));
      assertTrue(ex.units() > 0);
      assertEquals(0, ex.ranHere());
    }
  }

  /**
   * The two defects at once: the bundled 12-month season in planned mode with 20 iterations a solve. simulate
   * (the top-level months) and season (every month, six with the phase's timetable) give the bytes of this machine.
   */
  @Test
  void aTwelveMonthSeasonInPlannedModeGivesTheNumbersOfThisMachine() throws Exception {
    Path file = planned("beijing-2025-season.yaml", "season-12-planned-20.yaml", false);
    Scenario s = ScenarioLoader.load(file);
    assertEquals(12, s.season().months().size());
    assertEquals(20, s.shuttles().planIterations());
    sameBytes("simulate", file, "--replications", "6");
    sameBytes("season", file, "--replications", "3", "--out", tmp.resolve("out12").toString());
  }

  @Test
  void aSeasonFileGivesTheNumbersOfThisMachine() throws Exception {
    Scenario s = ScenarioLoader.load(planned("pooled-shuttles.yaml", "season-api.yaml", true)).withRun(7, 3);
    byte[] local = SeasonJson.bytes(SeasonRunner.run(s, 2));
    try (HazelcastExecutor ex = HazelcastExecutor.join(ClusterConfig.parse(both), 5877, 2, KEY)) {
      assertArrayEquals(local, SeasonJson.bytes(SeasonRunner.run(s, ex, 2)));
      assertTrue(ex.units() > 0);
      assertEquals(0, ex.ranHere());
    }
    sameBytes("season", Path.of("scenarios/beijing-2025-season.yaml"), "--replications", "6", "--out",
        tmp.resolve("out").toString());
    sameBytes("season", planned("pooled-shuttles.yaml", "season-planned-20.yaml", true), "--replications", "4",
        "--out", tmp.resolve("out2").toString());
  }
}
