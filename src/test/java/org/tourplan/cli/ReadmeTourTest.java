package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.testing.Slow;

/**
 * Runs the README's "A five-minute tour", read from the README itself so that it cannot go stale, in order, through
 * the CLI entry point, with a temporary output folder; then checks that every file each step wrote is still there:
 * no command replaced another's output.
 */
@Slow
class ReadmeTourTest {
  /** How the tour runs tourplan: the bin/tourplan command on the PATH (java -jar target/tourplan.jar). */
  static final String JAR = "tourplan ";
  /** Commands that write a report folder (they get --out) or simulate (they get fewer months, to stay quick). */
  static final Set<String> FOLDERS = Set.of("plan", "report", "sweep", "compare", "season", "draw");
  static final Set<String> SIMULATE = Set.of("simulate", "check", "report", "sweep", "compare", "season");

  @TempDir
  Path tmp;

  /** The tour's tourplan commands, continuation lines joined and comments dropped. */
  static List<List<String>> tour() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## A five-minute tour");
    int open = readme.indexOf("```sh\n", start);
    int close = readme.indexOf("```", open + 6);
    List<List<String>> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String raw : readme.substring(open + 6, close).split("\n")) {
      String l = raw.replaceFirst("\\s+#.*$", "").strip();
      if (l.endsWith("\\")) {
        line.append(l, 0, l.length() - 1).append(' ');
        continue;
      }
      line.append(l);
      String cmd = line.toString().strip();
      line.setLength(0);
      if (cmd.startsWith(JAR)) {
        out.add(List.of(cmd.substring(JAR.length()).split("\\s+")));
      }
    }
    return out;
  }

  static Set<String> files(Path dir) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> all = Files.walk(dir)) {
      all.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString()));
    }
    return out;
  }

  @Test
  void theWholeTourKeepsEveryFileEachStepWrote() throws IOException {
    List<List<String>> tour = tour();
    List<String> commands = tour.stream().map(c -> c.get(0)).toList();
    assertTrue(commands.containsAll(List.of("plan", "report", "simulate", "sweep", "compare")), commands.toString());
    assertEquals("plan", commands.get(0), "the tour starts with the main job");
    Path out = tmp.resolve("reports");
    Map<String, Set<String>> wrote = new LinkedHashMap<>();
    Set<String> before = new TreeSet<>();
    for (List<String> c : tour) {
      List<String> args = new ArrayList<>();
      for (String a : c) {
        args.add(a.startsWith("/tmp/") ? tmp.resolve(a.substring(5)).toString() : a);
      }
      if (FOLDERS.contains(c.get(0))) {
        args.addAll(List.of("--out", out.toString()));
      }
      if (SIMULATE.contains(c.get(0)) && !c.contains("--replications")) {
        args.addAll(List.of("--replications", "20"));
      }
      CliTest.Run r = CliTest.run(args.toArray(String[]::new));
      String step = String.join(" ", c);
      assertTrue(r.code() == 0 || c.get(0).equals("check") && r.code() == 1, step + ": " + r.err());
      assertFalse(r.err().contains("tourplan:"), step + ": " + r.err());
      Set<String> now = files(tmp);
      Set<String> added = new TreeSet<>(now);
      added.removeAll(before);
      if (FOLDERS.contains(c.get(0)) || c.contains("--json")) {
        assertFalse(added.isEmpty(), step + " wrote nothing");
      }
      wrote.put(step, added);
      before = now;
    }
    Set<String> last = files(tmp);
    wrote.forEach((step, files) -> {
      for (String f : files) {
        assertTrue(last.contains(f), "written by '" + step + "', gone at the end of the tour: " + f);
      }
    });
    String slug = "reports/beijing-ev-factory-tour-july-2025/";
    assertTrue(wrote.get(String.join(" ", tour.get(0))).contains(slug + "plan/recommended.yaml"));
    for (String kind : List.of("plan", "report", "sweep-group-size-shuttles-vehicles", "compare-pooled-shuttles")) {
      assertTrue(last.contains(slug + kind + "/index.html"), kind);
    }
    assertTrue(last.contains("reports/beijing-ev-factory-tour-season-2025/season/index.html"), "season");

    // the report of the recommended file goes beside the plan, never over it or over its own input
    Path recommended = tmp.resolve(slug + "plan/recommended.yaml");
    CliTest.Run report = CliTest.run("report", recommended.toString(), "--replications", "5", "--out", out.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(Files.isRegularFile(tmp.resolve("reports/beijing-ev-factory-tour-july-2025-recommended/report/"
        + "index.html")), "its report has a folder of its own (recommended.yaml is named '... (recommended)')");
    // a plan of it has one too; a plan of that plan's recommended.yaml would replace the folder that holds it:
    // refused before any work
    CliTest.Run plan = CliTest.run("plan", recommended.toString(), "--out", out.toString(), "--no-progress");
    assertTrue(plan.code() == 0 || plan.code() == 1, plan.err());
    Path again = tmp.resolve("reports/beijing-ev-factory-tour-july-2025-recommended/plan/recommended.yaml");
    assertTrue(Files.isRegularFile(again), "the plan of the recommended file went to its own folder");
    CliTest.Run replan = CliTest.run("plan", again.toString(), "--out", out.toString(), "--no-progress");
    assertEquals(2, replan.code(), replan.err());
    assertTrue(replan.err().contains("an input of this run"), replan.err());
    assertEquals("", replan.out(), "nothing was planned");
    Set<String> end = files(tmp);
    wrote.forEach((step, files) -> {
      for (String f : files) {
        assertTrue(end.contains(f), "written by '" + step + "', gone: " + f);
      }
    });
  }
}
