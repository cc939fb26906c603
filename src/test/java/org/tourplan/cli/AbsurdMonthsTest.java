package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.run.Budget;
import org.tourplan.scenario.WorkLimitException;

/**
 * Months that are not meaningful (issue 13: "waits of 6.8 years reported as normal") are flagged, months that do not
 * end are stopped, and work beyond a day is refused (issue 14).
 */
class AbsurdMonthsTest {
  @TempDir
  Path tmp;

  /** Four tours a day through a one-group zone that each keeps for a whole day: the queue grows by 3 days a day. */
  private Path queued(String days) throws IOException {
    String text = HostileInputTest.minimal()
        .replace("line-1:   { capacity: 30, dwell: 15, floor: true }",
            "line-1:   { capacity: 30, dwell: 1440, maxGroups: 1, floor: true }")
        .replace("  vehicles: 1 ", "  vehicles: 200 ").replace("  count: 1 ", "  count: 200 ");
    for (String d : new String[] {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}) {
      text = text.replace(d + ": [\"10:00\"]", d + ": " + days);
    }
    Path f = tmp.resolve("queued.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void monthsWithWaitsLongerThanTheMonthAreFlaggedInTheSummaryAndTheResultsFile() throws IOException {
    Path json = tmp.resolve("r.json");
    CliTest.Run r = CliTest.run("simulate", queued("[\"10:00\", \"11:00\", \"12:00\", \"13:00\"]").toString(),
        "--replications", "3", "--json", json.toString());
    assertEquals(0, r.code(), r.err());
    // 124 tours of one day each through one door: the last waits about 93 days, far more than July's 44,640 min
    assertTrue(r.out().contains("WARNING   zones.line-1.maxWaitMinutes reaches "), r.out());
    assertTrue(r.out().contains("longer than the month itself (44,640 minutes) in 3 of 3 months"), r.out());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    JsonNode warnings = root.get("warnings");
    assertTrue(warnings.isArray() && warnings.size() > 0, root.toString());
    boolean found = false;
    for (JsonNode w : warnings) {
      if (w.get("metric").asText().equals("zones.line-1.maxWaitMinutes")) {
        found = true;
        assertEquals(3, w.get("months").asInt());
        assertTrue(w.get("worst").asDouble() > 44_640, w.toString());
      }
    }
    assertTrue(found, warnings.toString());
    assertFalse(Files.readString(json).contains("Infinity") || Files.readString(json).contains("NaN"));
  }

  @Test
  void ordinaryMonthsHaveNoWarnings() throws IOException {
    Path json = tmp.resolve("r.json");
    CliTest.Run r = CliTest.run("simulate", "scenarios/minimal.yaml", "--replications", "5", "--json",
        json.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("WARNING"), r.out());
    JsonNode warnings = new ObjectMapper().readTree(json.toFile()).get("warnings");
    assertTrue(warnings.isArray() && warnings.isEmpty(), warnings.toString());
  }

  @Test
  void aMonthStillRunningAYearAfterItsLastDayIsStoppedWithAClearError() throws IOException {
    // 31 tours a day of one day each through one door: the month would run about 85 years
    String days = IntStream.range(0, 31).mapToObj(i -> String.format("\"%02d:%02d\"", 8 + i / 4, (i % 4) * 15))
        .collect(Collectors.joining(", ", "[", "]"));
    CliTest.Run r = CliTest.run("simulate", queued(days).toString(), "--replications", "2");
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("was still running 365 days after its last day, 2025-07-31"), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
  }

  @Test
  void workBeyondADayIsRefusedBeforeItStarts() {
    WorkLimitException e = assertThrows(WorkLimitException.class,
        () -> Budget.check("simulating", 1, Budget.MAX_EVENTS + 1));
    assertTrue(e.getMessage().contains("more than the 200,000,000,000 one run may take"), e.getMessage());
    WorkLimitException m = assertThrows(WorkLimitException.class,
        () -> Budget.check("simulating", Runtime.getRuntime().maxMemory(), 1));
    assertTrue(m.getMessage().contains("of memory, but this Java can give"), m.getMessage());
    Budget.check("simulating", 1 << 20, Budget.MAX_EVENTS); // within both: no exception
  }

  /**
   * The estimate counts each invited party's check-in: 1,440 tours a day of groups of 10,000 (each within its bound)
   * were estimated at 20 events a tour and ran for about 47 hours at 100,000 months; now refused before any work
   * (here on Mondays only, so that memory is not what refuses it).
   */
  @Test
  void largeGroupsCountInTheWorkEstimate() throws IOException {
    String times = IntStream.range(0, 1440).mapToObj(m -> String.format("\"%02d:%02d\"", m / 60, m % 60))
        .collect(Collectors.joining(", "));
    StringBuilder text = new StringBuilder("""
        name: Huge groups
        month: 2025-07
        group: { size: 10000 }
        zones:
          showroom: { capacity: 1000000, dwell: 1 }
        route: [showroom]
        shuttles: { vehicles: 1, seats: 10000 }
        guides: { count: 10000, maxVisitorsPerGuide: 100000 }
        schedule:
          days:
        """);
    text.append("    MON: [").append(times).append("]\n"); // July 2025 has four Mondays: 5,760 tours
    Path f = tmp.resolve("huge.yaml");
    Files.writeString(f, text);
    CliTest.Run r = CliTest.run("simulate", f.toString(), "--replications", "100000");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("simulating 100,000 months of 5,760 tours"), r.err());
    assertTrue(r.err().contains("smaller groups"), r.err());
    assertEquals("", r.out(), "refused before any work");
  }

  /**
   * A season is judged whole before its first month: a 36-month season of 100,000 replications once passed (each
   * month alone fits) and stopped for memory in the middle, or ended in an OutOfMemoryError in the lottery.
   */
  @Test
  void aSeasonTooLargeForTheHeapIsRefusedBeforeItsFirstMonth() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < 3L << 30,
        "the pom runs the tests with -Xmx2g");
    String text = Files.readString(Path.of("scenarios/beijing-2025-season.yaml")).replace("to: \"2025-12\"",
        "to: \"2027-12\"");
    Path f = tmp.resolve("long-season.yaml");
    Files.writeString(f, text);
    CliTest.Run r = CliTest.run("season", f.toString(), "--replications", "100000", "--out",
        tmp.resolve("out").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("tourplan: simulating the season (36 months x 100,000 replications, and the "
        + "lottery) needs about "), r.err());
    assertEquals("", r.out(), "refused before any month");
  }
}
