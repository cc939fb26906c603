package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end: the CLI on the bundled scenarios, checking exit codes, printed verdicts and the results file. */
class CliTest {
  @TempDir
  Path tmp;

  record Run(int code, String out, String err) { }

  /** Lines as long as the command writes them: these tests read what is said; Width80Test reads the layout. */
  static final int UNWRAPPED = 1_000_000;

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), UNWRAPPED);
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"beijing-ev-tour.yaml", "minimal.yaml", "pooled-shuttles.yaml", "breaks-limits.yaml"})
  void bundledScenariosAreValid(String file) {
    Run r = run("validate", "scenarios/" + file);
    assertEquals(0, r.code(), r.err());
    assertEquals("ok", r.out().strip());
  }

  @Test
  void simulateDefaultScenarioPrintsTheVerdictsAndWritesTheResultsFile() throws IOException {
    Path json = tmp.resolve("out/results.json");
    Run r = run("simulate", "scenarios/beijing-ev-tour.yaml", "--replications", "20", "--json", json.toString());
    assertEquals(0, r.code(), r.err());
    // the July timetable brings 1,100+ on average, but not in 95% of months
    assertTrue(r.out().contains("Target    1,100 visitors a month in 95.0% of months: NOT MET"), r.out());
    assertTrue(r.out().contains("floorVisitors"), r.out());
    assertTrue(r.out().contains("0 persons turned away"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("turnedAway        0 persons ")), r.out());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("Beijing EV factory tour, July 2025", root.get("scenario").asText());
    assertEquals("2025-07", root.get("month").asText());
    assertEquals(20, root.get("replications").asInt());
    JsonNode visitors = root.at("/metrics/visitorsPerMonth");
    assertEquals(20, visitors.get("n").asInt());
    assertTrue(visitors.get("ci95").get(0).asDouble() < visitors.get("mean").asDouble());
    assertTrue(root.at("/metrics/zones/line-1/meanWaitMinutes").has("p95"));
    assertFalse(root.at("/target/targetMet").asBoolean());
    double mean = visitors.get("mean").asDouble();
    assertTrue(mean > 1100 && mean < 1420, "calibrated to the public 1,100+, under 71 x 20: " + mean);
    assertTrue(visitors.get("max").asDouble() <= 71 * 20, "no tour over 20 persons");
    assertEquals(0.0, root.at("/limitBreachProbability/floorVisitors").asDouble());
    assertEquals(0.0, root.at("/limitBreachProbability/turnedAway").asDouble());
    // 71 tours x 6 places / 27,000 applications
    assertEquals(71 * 6 / 27000.0, root.at("/demand/winProbability").asDouble(), 1e-15);
    try (Stream<Path> files = Files.list(json.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left beside the results");
    }
  }

  @Test
  void resultsFileIsByteIdenticalWhateverTheThreadCount() throws IOException {
    Path one = tmp.resolve("one.json");
    Path two = tmp.resolve("two.json");
    assertEquals(0, run("simulate", "scenarios/pooled-shuttles.yaml", "--replications", "30", "--threads", "1",
        "--json", one.toString()).code());
    assertEquals(0, run("simulate", "scenarios/pooled-shuttles.yaml", "--replications", "30", "--threads", "2",
        "--json", two.toString()).code());
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
  }

  @Test
  void breachesAreReportedButSimulateStillExitsZero() {
    Run r = run("simulate", "scenarios/breaks-limits.yaml", "--replications", "5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("  UNSAFE"), r.out());
  }

  @Test
  void badFileExitsTwoWithMessagesAndNoStackTrace() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nmonth: 2025-13\n", StandardCharsets.UTF_8);
    Run r = run("simulate", bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("month"), r.err());
    assertTrue(r.err().contains("nothing was simulated"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void missingFileAndBadOptionsAreUsageErrors() {
    assertEquals(2, run("simulate", tmp.resolve("nope.yaml").toString()).code());
    assertEquals(2, run("simulate", "scenarios/minimal.yaml", "--replications", "0").code());
    assertEquals(2, run("simulate", "scenarios/minimal.yaml", "--threads", "x").code());
    assertEquals(2, run("simulate").code());
    assertEquals(2, run("frobnicate").code());
    assertEquals(2, run().code());
    assertEquals(2, run("simulate", "scenarios/minimal.yaml", "--json", tmp.toString()).code());
  }

  @Test
  void seedOverrideChangesNumbersAndIsEchoed() throws IOException {
    Path a = tmp.resolve("a.json");
    Run r = run("simulate", "scenarios/minimal.yaml", "--replications", "3", "--seed", "99", "--json", a.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(99, new ObjectMapper().readTree(a.toFile()).get("seed").asLong());
  }

  @Test
  void controlCharactersInNamesNeverReachTheTerminal() throws IOException {
    String text = Files.readString(Path.of("scenarios/minimal.yaml"));
    String hostile = text.replaceFirst("(?m)^name: .*$",
        java.util.regex.Matcher.quoteReplacement("name: \"evil \\e[31m red \\a\""));
    Path f = tmp.resolve("hostile.yaml");
    Files.writeString(f, hostile);
    Run r = run("simulate", f.toString(), "--replications", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("evil ?[31m red ?"), r.out());
    assertFalse(r.out().contains("\u001b"), "escape sequence echoed");
    assertFalse(r.out().contains("\u0007"), "bell echoed");
  }

  @Test
  void checkExitsZeroOnTheSafeDefaultScenario() {
    Run r = run("check", "scenarios/beijing-ev-tour.yaml", "--replications", "20");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Verdict: SAFE: none of the 7 safety limits was breached and nobody was turned away "
        + "in any of the 20 simulated months."), r.out());
  }

  @Test
  void checkExitsOneWhenLimitsAreBrokenOnPurpose() {
    Run r = run("check", "scenarios/breaks-limits.yaml", "--replications", "5");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("Verdict: UNSAFE"), r.out());
    assertTrue(r.out().contains("UNSAFE    floorVisitors"), r.out());
    assertTrue(r.out().contains("it first broke on"), r.out());
  }

  @Test
  void checkExitsTwoOnABadFile() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nmonth: 2025-07\nzones: 3\n", StandardCharsets.UTF_8);
    Run r = run("check", bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nothing was simulated"), r.err());
    assertEquals(2, run("check", tmp.resolve("missing.yaml").toString()).code());
  }

  @Test
  void reportWritesTheFolderAndPrintsThePathOfItsPage() throws IOException {
    Run r = run("report", "scenarios/minimal.yaml", "--replications", "3", "--seed", "5", "--threads", "1",
        "--out", tmp.resolve("reports").toString());
    assertEquals(0, r.code(), r.err());
    Path index = tmp.resolve("reports/minimal-example-tour/report/index.html");
    assertEquals(index.toAbsolutePath().toString(), r.out().strip());
    assertTrue(Files.readString(index).contains("Minimal example tour"));
    JsonNode root = new ObjectMapper().readTree(index.resolveSibling("results.json").toFile());
    assertEquals(5, root.get("seed").asLong());
    assertEquals(3, root.get("replications").asInt());
  }

  @Test
  void reportRefusesBadInputWithExitTwo() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: x\n", StandardCharsets.UTF_8);
    assertEquals(2, run("report", bad.toString(), "--out", tmp.toString()).code());
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    assertEquals(2, run("report", "scenarios/minimal.yaml", "--out", file.toString()).code());
    assertEquals(2, run("report", "scenarios/minimal.yaml", "--replications", "0").code());
    assertEquals(2, run("report").code());
  }

  @Test
  void planRecommendsWritesItsFolderAndTheRecommendationConfirms() throws IOException {
    Path out = tmp.resolve("plans");
    Run r = run("plan", "scenarios/beijing-ev-tour.yaml", "--out", out.toString(), "--no-progress");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("RECOMMENDED  "), r.out());
    assertTrue(r.out().contains("  changes     visitors 1,111 -> "), r.out());
    assertTrue(r.out().contains("  starts      Mon-Fri "), "the terminal prints the designed start times: " + r.out());
    assertTrue(r.out().contains("  breach      0 of 3,505 fresh months (replications 20,000 to 23,504) breach a "
        + "limit: 0.00% (95% CI 0.00% to 0.11%); ACCEPTED"), r.out());
    assertTrue(r.out().contains(" yuan a month ("), r.out());
    assertTrue(r.out().contains("CURRENT      1 tour every weekday, 6 every Saturday and Sunday"), r.out());
    Path folder = out.resolve("beijing-ev-factory-tour-july-2025/plan");
    for (String f : new String[] {"index.html", "plan.json", "recommended.yaml", "recommended/index.html",
        "current/index.html", "current/results.json"}) {
      assertTrue(Files.exists(folder.resolve(f)), f);
    }
    Run confirm = run("simulate", folder.resolve("recommended.yaml").toString());
    assertEquals(0, confirm.code(), confirm.err());
    assertTrue(confirm.out().contains(": MET"), confirm.out());
    assertFalse(confirm.out().contains("UNSAFE") || confirm.out().contains("AT RISK"), confirm.out());
  }

  @Test
  void anInfeasiblePlanPrintsTheAnswerFirstAndNamesTheLimitsItsCandidatesBreach() {
    Run r = run("plan", "src/test/resources/plan/long-tours.yaml", "--out", tmp.resolve("plans").toString(),
        "--no-progress");
    assertEquals(1, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    int answer = lines.indexOf("NO CANDIDATE IS FEASIBLE");
    List<String> unconfirmed = lines.stream().filter(l -> l.startsWith("NOT CONFIRMED  ")).toList();
    assertTrue(answer > 0 && lines.indexOf(unconfirmed.get(0)) > answer, "the answer comes first: " + r.out());
    assertEquals(3, unconfirmed.size(), "the three cheapest: " + r.out());
    assertTrue(unconfirmed.stream().allMatch(l -> l.contains(": limits.maxTourMinutes breached in ")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("  and \\d+ more \\(plan page, plan\\.json\\)")), r.out());
    assertTrue(r.out().contains("    - limits.maxTourMinutes 1"), "the fix, with its value: " + r.out());
  }

  @Test
  void planExitCodes() throws IOException {
    Path out = tmp.resolve("plans");
    Run impossible = run("plan", "scenarios/beijing-ev-tour.yaml", "--target", "1000000", "--out", out.toString(),
        "--no-progress");
    assertEquals(1, impossible.code(), impossible.err());
    assertTrue(impossible.out().contains("NO CANDIDATE IS FEASIBLE"), impossible.out());
    assertTrue(impossible.out().contains("no timetable of the plan space can reach 1,000,000 visitors"),
        impossible.out());
    assertTrue(impossible.out().contains("what would fix it"), impossible.out());
    assertFalse(impossible.out().contains("cheaper candidates rejected"), impossible.out());
    Run noTarget = run("plan", "scenarios/minimal.yaml", "--out", out.toString());
    assertEquals(2, noTarget.code());
    assertTrue(noTarget.err().contains("has no target"), noTarget.err());
    assertEquals(2, run("plan", "scenarios/beijing-ev-tour.yaml", "--confidence", "1.5").code());
    assertEquals(2, run("plan", tmp.resolve("missing.yaml").toString()).code());
  }
}
