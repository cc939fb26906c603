package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.testing.Slow;

/**
 * Issue 14's fuzz test: every numeric key of a scenario set in turn to 0, 1, its bound, bound + 1, 2^31 - 1,
 * 2^63 - 1, 1e308, NaN, Infinity and -0.0, and every command that reads a scenario run on the file. Each run must end
 * in exit 0, 1 or 2 (never 3, the internal error) and print no stack trace. validate and simulate run on every file,
 * check on every file that loads; the heavier commands (report, plan, shuttles, sweep, compare) take turns so that
 * each meets many kinds of value while the test stays within about a minute. A file refused at loading is refused
 * on the same path by every command, so one more command in turn checks that.
 */
@Slow
class NumericFuzzTest {
  @TempDir
  Path tmp;

  /** Key -> {default value, its bound}. The template below has a {key} slot for each. */
  private static final Map<String, String[]> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("seed", new String[] {"1", "9223372036854775807"});
    KEYS.put("replications", new String[] {"3", "100000"});
    KEYS.put("group.size", new String[] {"10", "10000"});
    KEYS.put("group.partySize", new String[] {"1", "1000"});
    KEYS.put("group.noShowRate", new String[] {"0.1", "1"});
    KEYS.put("group.overbook", new String[] {"0", "10000"});
    KEYS.put("group.maxSize", new String[] {"10", "100000"});
    KEYS.put("showroom.capacity", new String[] {"30", "1000000"});
    KEYS.put("showroom.maxGroups", new String[] {"5", "1000000"});
    KEYS.put("showroom.headway", new String[] {"0", "1440"});
    KEYS.put("showroom.dwell", new String[] {"20", "1440"});
    KEYS.put("line.lognormal.mean", new String[] {"15", "1440"});
    KEYS.put("line.lognormal.sd", new String[] {"3", "1440"});
    KEYS.put("line.egressPerMinute", new String[] {"40", "1000000"});
    KEYS.put("line.noiseDbA", new String[] {"80", "200"});
    KEYS.put("travel.minutes", new String[] {"5", "1440"});
    KEYS.put("shuttles.vehicles", new String[] {"1", "10000"});
    KEYS.put("shuttles.seats", new String[] {"12", "10000"});
    KEYS.put("shuttles.boardMinutes", new String[] {"1", "1440"});
    KEYS.put("shuttles.planIterations", new String[] {"20", "100000"});
    KEYS.put("guides.count", new String[] {"1", "10000"});
    KEYS.put("guides.maxVisitorsPerGuide", new String[] {"10", "100000"});
    KEYS.put("limits.floorVisitors", new String[] {"100", "1000000000"});
    KEYS.put("limits.maxWaitMinutes", new String[] {"60", "1000000000"});
    KEYS.put("limits.evacuationMinutes", new String[] {"10", "1000000000"});
    KEYS.put("limits.noiseDosePercent", new String[] {"100", "1000000000"});
    KEYS.put("target.visitorsPerMonth", new String[] {"50", "1000000000"});
    KEYS.put("target.confidence", new String[] {"0.9", "1"});
    KEYS.put("demand.applicationsPerMonth", new String[] {"1000", "1000000000000"});
    KEYS.put("plan.screenReplications", new String[] {"2", "100000"});
    KEYS.put("plan.maxReplications", new String[] {"3", "100000"});
    KEYS.put("plan.vehicles", new String[] {"1", "10000"});
    KEYS.put("plan.costs.perTour", new String[] {"1000", "1000000000"});
  }

  private static final String TEMPLATE = """
      name: Fuzz
      month: 2025-07
      seed: {seed}
      replications: {replications}
      group:
        size: {group.size}
        partySize: {group.partySize}
        noShowRate: {group.noShowRate}
        overbook: {group.overbook}
        maxSize: {group.maxSize}
      zones:
        showroom: { capacity: {showroom.capacity}, maxGroups: {showroom.maxGroups}, headway: {showroom.headway}, dwell: {showroom.dwell} }
        line-1: { capacity: 30, dwell: { lognormal: { mean: {line.lognormal.mean}, sd: {line.lognormal.sd} } }, floor: true, egressPerMinute: {line.egressPerMinute}, noiseDbA: {line.noiseDbA} }
      route: [showroom, line-1]
      travel:
        - { from: showroom, to: line-1, minutes: {travel.minutes} }
      shuttles: { vehicles: {shuttles.vehicles}, seats: {shuttles.seats}, boardMinutes: {shuttles.boardMinutes}, planIterations: {shuttles.planIterations} }
      guides: { count: {guides.count}, maxVisitorsPerGuide: {guides.maxVisitorsPerGuide} }
      schedule:
        days:
          MON: ["10:00"]
          SAT: ["10:00", "14:00"]
      limits: { floorVisitors: {limits.floorVisitors}, maxWaitMinutes: {limits.maxWaitMinutes}, evacuationMinutes: {limits.evacuationMinutes}, noiseDosePercent: {limits.noiseDosePercent} }
      target: { visitorsPerMonth: {target.visitorsPerMonth}, confidence: {target.confidence} }
      demand: { applicationsPerMonth: {demand.applicationsPerMonth} }
      plan: { screenReplications: {plan.screenReplications}, maxReplications: {plan.maxReplications}, vehicles: {plan.vehicles}, costs: { perTour: {plan.costs.perTour} } }
      """;

  private static String scenario(String key, String value) {
    String text = TEMPLATE;
    for (Map.Entry<String, String[]> e : KEYS.entrySet()) {
      text = text.replace("{" + e.getKey() + "}", e.getKey().equals(key) ? value : e.getValue()[0]);
    }
    return text;
  }

  /** The values of issue 14 for a key with the given bound. */
  private static List<String> values(String bound) {
    String plusOne = bound.contains(".") ? bound + "1" : new java.math.BigInteger(bound).add(java.math.BigInteger.ONE)
        .toString();
    return List.of("0", "1", bound, plusOne, "2147483647", "9223372036854775807", "1e308", ".nan", ".inf", "-0.0");
  }

  @Test
  void everyCommandOnEveryExtremeValueEndsInZeroOneOrTwoWithoutAStackTrace() throws IOException {
    List<String> failures = new ArrayList<>();
    int heavy = 0;
    int refused = 0;
    int heavyRan = 0;
    int loaded = 0;
    int runs = 0;
    for (Map.Entry<String, String[]> e : KEYS.entrySet()) {
      for (String v : values(e.getValue()[1])) {
        String label = e.getKey() + "=" + v;
        Path f = tmp.resolve("f.yaml");
        Files.writeString(f, scenario(e.getKey(), v));
        CliTest.Run valid = check(failures, label, "validate", f.toString());
        runs++;
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"simulate", f.toString(), "--replications", "2"});
        String out = tmp.resolve("out").toString();
        String[] check = {"check", f.toString(), "--replications", "2"};
        String[] report = {"report", f.toString(), "--replications", "2", "--out", out};
        String[] plan = {"plan", f.toString(), "--no-progress", "--out", out};
        String[] shuttles = {"shuttles", f.toString()};
        String[] sweep = {"sweep", f.toString(), "--vary", "group.noShowRate=0,0.2", "--replications", "2", "--out",
            out};
        String[] compare = {"compare", f.toString(), "scenarios/minimal.yaml", "--replications", "2", "--out", out};
        if (valid.code() == 0) {
          loaded++;
          commands.add(check);
          // plan and report write whole reports (seconds each): they take fewer turns than the others
          String[][] turns = {shuttles, sweep, compare, report, shuttles, sweep, compare, plan};
          String[] turn = turns[heavy++ % turns.length];
          // up to 100,000 jsprit iterations are allowed and take their time (seconds, not hangs): not for a fuzz
          turn = turn == shuttles && e.getKey().equals("shuttles.planIterations") ? sweep : turn;
          runs++;
          if (check(failures, label, turn).code() != 2) {
            heavyRan++; // ran to the end (0 or 1), not refused: the fuzz reached the command's work
          }
        } else {
          // refused at loading, as validate said: the same path for every command, so one more in turn suffices
          String[][] turns = {check, report, plan, shuttles, sweep, compare};
          commands.add(turns[refused++ % turns.length]);
        }
        for (String[] c : commands) {
          check(failures, label, c);
          runs++;
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + runs + " runs failed:\n" + String.join("\n", failures));
    assertTrue(loaded >= 30, "too few files loaded (" + loaded + ") for the fuzz to reach the simulation");
    assertTrue(heavyRan >= loaded * 3 / 4, "only " + heavyRan + " of " + loaded + " heavier runs got past loading");
  }

  private static CliTest.Run check(List<String> failures, String label, String... args) {
    CliTest.Run r = CliTest.run(args);
    String all = r.out() + r.err();
    boolean trace = all.contains("\tat ") || all.contains("Exception in thread") || all.contains("internal error")
        || all.contains("Exception:");
    if (r.code() < 0 || r.code() > 2 || trace) {
      failures.add(label + " " + args[0] + ": exit " + r.code() + ": "
          + all.substring(0, Math.min(600, all.length())).replace('\n', ' '));
    }
    return r;
  }
}
