package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.testing.Slow;

/**
 * Issue 14's hostile inputs, each run as a user runs it: a separate JVM with {@code -Xmx256m}. Each must end within
 * 10 s with exit 2 and a message naming the key (or option) and its bound; before the bounds they ended in
 * OutOfMemoryError (exit 1), "internal error" (exit 3), or ran for minutes or for ever.
 */
@Slow
class HostileInputTest {
  /** The 10 s of issue 14: a generous hang guard for a refusal that takes about a second. */
  private static final long SECONDS = 10;

  @TempDir
  Path tmp;

  record Result(int code, String out, String err) { }

  /** Runs {@code tourplan args} in a JVM of its own with a 256 MB heap; fails when it is not done in 10 s. */
  static Result java(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        "org.tourplan.cli.Main"));
    cmd.addAll(List.of(args));
    File out = dir.resolve("stdout.txt").toFile();
    File err = dir.resolve("stderr.txt").toFile();
    Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
    boolean done = p.waitFor(SECONDS, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly().waitFor();
    }
    String o = Files.readString(out.toPath(), StandardCharsets.UTF_8);
    String e = Files.readString(err.toPath(), StandardCharsets.UTF_8);
    String line = String.join(" ", args);
    assertTrue(done, "tourplan " + line.substring(0, Math.min(80, line.length())) + " still running after " + SECONDS
        + " s; stdout: " + head(o) + " stderr: " + head(e));
    return new Result(p.exitValue(), o, e);
  }

  private static String head(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
  }

  /** Exit 2, no stack trace, and every expected fragment (key, bound) in the messages. */
  static void refused(Result r, String... fragments) {
    String all = r.out() + r.err();
    String flat = all.replaceAll("\\s+", " "); // the jar wraps its messages at 80 columns
    assertEquals(2, r.code(), all);
    assertFalse(all.contains("\tat ") || all.contains("Exception in thread") || all.contains("internal error"),
        all);
    for (String f : fragments) {
      assertTrue(flat.contains(f), "expected \"" + f + "\" in: " + head(all));
    }
  }

  static String minimal() throws IOException {
    return Files.readString(Path.of("scenarios/minimal.yaml"));
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static String replace(String text, String old, String now) {
    assertTrue(text.contains(old), old);
    return text.replace(old, now);
  }

  @Test
  void twoBillionReplications() throws Exception {
    Path f = write("reps.yaml", replace(minimal(), "month: 2025-07 ", "replications: 2000000000\nmonth: 2025-07 "));
    refused(java(tmp, "simulate", f.toString()), "replications: found 2000000000", "<= 100000");
    refused(java(tmp, "simulate", "scenarios/minimal.yaml", "--replications", "2000000000"), "--replications",
        "1 to 100,000");
  }

  @Test
  void hundredThousandThreads() throws Exception {
    refused(java(tmp, "simulate", "scenarios/minimal.yaml", "--threads", "100000"), "--threads: found 100000",
        "1 to 1,024");
  }

  @Test
  void hugeFleetsGroupsAndOverbooking() throws Exception {
    Path veh = write("veh.yaml", replace(minimal(), "  vehicles: 1 ", "  vehicles: 1900000000 "));
    refused(java(tmp, "simulate", veh.toString()), "shuttles.vehicles: found 1900000000", "<= 10000");
    Path veh2 = write("veh2.yaml", replace(minimal(), "  vehicles: 1 ", "  vehicles: 2147483647 "));
    refused(java(tmp, "simulate", veh2.toString()), "shuttles.vehicles: found 2147483647", "<= 10000");
    Path size = write("size.yaml", replace(minimal(), "  size: 10 ", "  size: 2147483647 "));
    refused(java(tmp, "simulate", size.toString()), "group.size: found 2147483647", "<= 10000");
    Path over = write("over.yaml", replace(minimal(), "  noShowRate: 0 ", "  overbook: 2147483647\n  noShowRate: 0 "));
    refused(java(tmp, "simulate", over.toString()), "group.overbook: found 2147483647", "<= 10000");
  }

  @Test
  void planSpaceTooLargeForMemory() throws Exception {
    Path f = write("plan.yaml", minimal() + "target: { visitorsPerMonth: 100 }\nplan:\n"
        + "  weekdayTours: { from: 0, to: 48 }\n  weekendTours: { from: 0, to: 48 }\n"
        + "  groupSize: { from: 1, to: 1000 }\n  vehicles: { from: 1, to: 1000 }\n  guides: { from: 1, to: 1000 }\n");
    refused(java(tmp, "plan", f.toString(), "--no-progress", "--out", tmp.resolve("out").toString()),
        "plan: the plan space holds", "expected at most 20,000");
  }

  @Test
  void lognormalWithExtremeParameters() throws Exception {
    Path f = write("logn.yaml", replace(minimal(), "dwell: 20 }",
        "dwell: { lognormal: { mean: 1e-300, sd: 1e-5 } } }"));
    refused(java(tmp, "simulate", f.toString()), "zones.showroom.dwell.lognormal.sd", "at most 100 x mean");
    Path g = write("logn2.yaml", replace(minimal(), "dwell: 20 }", "dwell: { lognormal: { mean: 20, sd: 1e300 } } }"));
    refused(java(tmp, "simulate", g.toString()), "zones.showroom.dwell.lognormal.sd", "from 0 to 1440");
  }

  @Test
  void infiniteTargetOnThePlanCommand() throws Exception {
    Path f = write("t.yaml", minimal() + "target: { visitorsPerMonth: 100 }\n");
    refused(java(tmp, "plan", f.toString(), "--target", "Infinity", "--no-progress"), "--target: found Infinity",
        "at most 1e9");
  }

  @Test
  void endlessDwellBeforeABlackout() throws Exception {
    Path f = write("dwell.yaml", replace(minimal(), "dwell: 15,", "dwell: 1e308,")
        + "limits:\n  blackouts:\n    - { zones: [line-1], from: \"12:00\", to: \"13:00\" }\n");
    refused(java(tmp, "simulate", f.toString()), "zones.line-1.dwell: found 1e308", "at most 1440 minutes");
  }

  @Test
  void hundredThousandCharacterZoneId() throws Exception {
    String id = "z".repeat(100_000);
    String text = replace(minimal(), "  showroom: { capacity: 30, dwell: 20 }",
        "  ? " + id + "\n  : { capacity: 30, dwell: 20 }").replace("showroom", id)
        + "target: { visitorsPerMonth: 100 }\nreplications: 20\n";
    Path f = write("long.yaml", text);
    refused(java(tmp, "report", f.toString(), "--out", tmp.resolve("out").toString()), "zones: zone id",
        "has 100,000 characters, expected at most 64");
    refused(java(tmp, "plan", f.toString(), "--no-progress", "--out", tmp.resolve("out").toString()),
        "has 100,000 characters, expected at most 64");
  }

  @Test
  void thousandZoneRingForShuttles() throws Exception {
    refused(java(tmp, "shuttles", ring(1000, 1).toString()), "zones: found 1000 zones, expected at most 500");
  }

  @Test
  void twoHundredZoneRingIsTooMuchSolverWork() throws Exception {
    refused(java(tmp, "shuttles", ring(200, 10).toString()), "shuttles.planIterations 500",
        "more than the 300,000,000 allowed");
  }

  @Test
  void runsThatCannotFitTheHeapAreRefusedBeforeTheyStart() throws Exception {
    // 200 zones: about 800 metrics a month; 100,000 months of them are about 2 GB
    Path f = ring(200, 1);
    refused(java(tmp, "simulate", f.toString(), "--replications", "100000", "--threads", "1"),
        "of memory, but this Java can give", "-Xmx", "--replications");
  }

  /** A ring of {@code n} zones, pooled shuttles, {@code tours} tours on Mondays. */
  private Path ring(int n, int tours) throws IOException {
    String zones = IntStream.range(0, n).mapToObj(i -> "  z" + i + ": { capacity: 30, dwell: 5 }")
        .collect(Collectors.joining("\n"));
    String route = IntStream.range(0, n).mapToObj(i -> "z" + i).collect(Collectors.joining(", ", "[", "]"));
    String travel = IntStream.range(0, n).mapToObj(i -> "  - { from: z" + i + ", to: z" + ((i + 1) % n)
        + ", minutes: 1 }").collect(Collectors.joining("\n"));
    String times = IntStream.range(0, tours).mapToObj(i -> String.format("\"%02d:00\"", 8 + i))
        .collect(Collectors.joining(", ", "[", "]"));
    return write("ring" + n + ".yaml", "name: ring\nmonth: 2025-07\nreplications: 20\ngroup: { size: 10 }\nzones:\n"
        + zones + "\nroute: " + route + "\ntravel:\n" + travel + "\nshuttles: { vehicles: 1, seats: 12, mode: pooled }\n"
        + "guides: { count: 1, maxVisitorsPerGuide: 10 }\nschedule:\n  days:\n    MON: " + times + "\n");
  }
}
