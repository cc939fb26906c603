package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.plan.SeasonPlanSeedTest;

/**
 * {@code tourplan plan} on a file with a season: the bundled season planned, its season file run by
 * {@code tourplan season} with every month at its phase's target and the waiting goal met; a season that cannot be
 * planned; --one-month; a month without a target.
 */
class SeasonPlanCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void theBundledSeasonsPlanIsASeasonFileWhoseEveryMonthReachesItsPhasesTarget() throws Exception {
    Path out = tmp.resolve("reports");
    CliTest.Run r = CliTest.run("plan", "scenarios/beijing-2025-season.yaml", "--threads", "2", "--out",
        out.toString());
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("RECOMMENDED SEASON"), r.out());
    assertTrue(r.out().contains("each of the 12 months tested on its own fresh months at 0.42% error"), r.out());
    Path dir = out.resolve("beijing-ev-factory-tour-season-2025").resolve("season-plan");
    for (String f : new String[] {"index.html", "recommended.yaml", "season-plan.json", "cost.png", "visitors.png",
        "odds.png", "recommended/index.html", "current/index.html", ".tourplan-output"}) {
      assertTrue(Files.exists(dir.resolve(f)), f);
    }
    JsonNode plan = JSON.readTree(dir.resolve("season-plan.json").toFile());
    assertTrue(plan.get("planned").asBoolean());
    assertTrue(plan.get("waiting").get("met").asBoolean());
    // the answer SeasonPlanSeedTest finds at two other seeds
    assertEquals(SeasonPlanSeedTest.COST, plan.get("cost").asDouble(), 0);
    assertTrue(r.out().contains("resources   " + SeasonPlanSeedTest.RESOURCES + " "), r.out());
    for (String starts : SeasonPlanSeedTest.STARTS) {
      assertTrue(r.out().contains("starts    " + starts + "\n"), starts + " in " + r.out());
    }

    // the written file is a season that tourplan season runs: every month reaches its own phase's target
    Path json = tmp.resolve("season.json");
    CliTest.Run s = CliTest.run("season", dir.resolve("recommended.yaml").toString(), "--threads", "2", "--json",
        json.toString(), "--out", tmp.resolve("season-out").toString());
    assertEquals(0, s.code(), s.err());
    JsonNode season = JSON.readTree(json.toFile());
    assertEquals(200, season.get("replications").asInt(), "maxReplications months, the months the plan judged");
    int months = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = season.get("months").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> m = it.next();
      JsonNode t = m.getValue().get("target");
      double goal = m.getKey().compareTo("2025-07") < 0 ? 40 : 1100;
      assertEquals(goal, t.get("visitorsPerMonth").asDouble(), m.getKey() + " is judged against its phase's target");
      assertTrue(t.get("targetMet").asBoolean(), m.getKey() + " reaches its target: " + t);
      // in at least the share the plan promised: its confidence, on the same months the plan judged
      assertTrue(t.get("targetMetProbability").asDouble() >= t.get("confidence").asDouble(), m.getKey() + ": " + t);
      for (JsonNode p : m.getValue().get("limitBreachMonths")) {
        assertEquals(0, p.asInt(), m.getKey() + " breaches no limit: " + m.getValue().get("limitBreachMonths"));
      }
      months++;
    }
    assertEquals(12, months);
    assertTrue(season.get("waiting").get("met").asBoolean(), "the waiting goal holds on season's own lottery");
    // and the plan's figures are season's: one number per question
    for (JsonNode phase : plan.get("phases")) {
      for (JsonNode m : phase.get("months")) {
        JsonNode sm = season.get("months").get(m.get("month").asText());
        assertEquals(sm.get("metrics").get("visitorsPerMonth").get("mean").asDouble(),
            m.get("visitors").get("mean").asDouble(), 0, m.get("month").asText());
        assertEquals(sm.get("scheduledTours").asInt(), m.get("tours").asInt(), m.get("month").asText());
        assertEquals(sm.get("target").get("targetMetProbability").asDouble(), m.get("targetProbability").asDouble(), 0,
            m.get("month").asText() + ": the share of months at target the plan promised is season's");
      }
    }
    String yaml = Files.readString(dir.resolve("recommended.yaml"), StandardCharsets.UTF_8);
    assertTrue(yaml.contains("waiting:"), "the goal is written with the season");
    assertTrue(yaml.contains("target:"), "and the phase's own target");
  }

  @Test
  void aSeasonThatCannotBePlannedExitsOneWithThePhaseThatBindsAndWhy() throws Exception {
    Path file = tmp.resolve("tight.yaml");
    Files.writeString(file, Files.readString(Path.of("src/test/resources/plan/tiny-season.yaml"))
        .replace("      schedule: { days: { SAT: [\"09:00\"], SUN: [\"09:00\"] } }\n",
            "      schedule: { days: { SAT: [\"09:00\"], SUN: [\"09:00\"] } }\n      target: { visitorsPerMonth: 400 }\n"));
    CliTest.Run r = CliTest.run("plan", file.toString(), "--threads", "2", "--out", tmp.resolve("o").toString());
    assertEquals(1, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("NO SEASON IS FEASIBLE"), r.out());
    assertTrue(r.out().contains("the phase 2025-07 (season.phases[0]) has no timetable that works"), r.out());
    assertTrue(r.out().contains("2025-07 (target 400 visitors in 95% of months): the month planner's diagnosis"),
        r.out());
    // why: the phase's most tours cannot hold its target; the change that fixes it, with the key to change
    assertTrue(r.out().contains("no timetable of the plan space can reach 400 visitors a month: the largest, no "
        + "weekday tours, 3 tours every Saturday and Sunday, 10 places, 1 shuttle, 1 guide, has 24 tours holding at "
        + "most 240 even when every tour is full"), r.out());
    assertTrue(r.out().contains("allow 1 tour every weekday (plan.weekdayTours up to 1)"), r.out());
    assertTrue(r.out().contains("allow 5 tours every weekend day (plan.weekendTours up to 5)"), r.out());
    assertFalse(r.out().contains("cheaper"), "nothing to be cheaper than: " + r.out());
    Path dir = tmp.resolve("o").resolve("tiny-season").resolve("season-plan");
    String page = Files.readString(dir.resolve("index.html"));
    assertTrue(page.contains("Why no season works"), page);
    assertTrue(page.contains("plan.weekendTours up to 5"), "the phase's fix on the page too");
    assertFalse(page.contains("cheaper season"), "no recommendation, so nothing is cheaper than it");
    assertFalse(Files.exists(dir.resolve("recommended.yaml")), "no season file without a season");
  }

  @Test
  void oneMonthPlansTheFilesMonthAlone() {
    CliTest.Run r = CliTest.run("plan", "src/test/resources/plan/tiny-season.yaml", "--one-month", "--threads", "2",
        "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("RECOMMENDED  "), r.out());
    assertTrue(Files.exists(tmp.resolve("tiny-season").resolve("plan").resolve("index.html")));
    assertFalse(Files.exists(tmp.resolve("tiny-season").resolve("season-plan")));
  }

  @Test
  void aMonthWithoutATargetIsAUsageErrorNamingItsPhase() throws Exception {
    Path file = tmp.resolve("untargeted.yaml");
    Files.writeString(file, Files.readString(Path.of("src/test/resources/plan/tiny-season.yaml"))
        .replace("target: { visitorsPerMonth: 150, confidence: 0.95 }\n", ""));
    CliTest.Run r = CliTest.run("plan", file.toString(), "--out", tmp.toString());
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("month 2025-07 of the phase 2025-07 (season.phases[0]) has no target"), r.err());
    assertTrue(r.err().contains("season.phases[0].target"), r.err());
  }
}
