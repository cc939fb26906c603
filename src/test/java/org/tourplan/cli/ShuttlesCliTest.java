package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shuttles command, and planned mode under simulate and check. */
class ShuttlesCliTest {
  @TempDir
  Path tmp;

  private Path plannedDefault() throws IOException {
    String text = Files.readString(Path.of("scenarios/beijing-ev-tour-20-parties.yaml"))
        .replace("  mode: dedicated ", "  mode: planned\n  planIterations: 100 ");
    assertTrue(text.contains("mode: planned"));
    Path f = tmp.resolve("planned.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void oneDateOfTheDefaultScenarioPrintsItsFleetAndRosters() {
    CliTest.Run r = CliTest.run("shuttles", "scenarios/beijing-ev-tour-20-parties.yaml", "--date", "2025-07-01",
        "--rosters");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Beijing EV factory tour, July 2025, 20 parties a tour\nShuttles needed: 5 shuttles (the file has 6, "
        + "1 more than needed). Every ride of the month can be served.\n"), r.out());
    assertTrue(r.out().contains("each ride takes 5 shuttles of 13 seats"), r.out());
    assertTrue(r.out().contains("\n  2025-07-01 Tue                   1      1      4                5            5\n"),
        r.out());
    // one tour, five loads a ride, the depot at the first pickup: a dedicated roster drives nothing empty, which
    // is the lower bound, so the solve stops after its first iteration
    assertTrue(r.out().contains("every solve stopped at its lower bound (an optimal roster) within 1 iteration."),
        r.out());
    assertTrue(r.out().contains("\n  shuttle 5: 4 rides, 14:37:20 - 15:21:20, 0.0 min empty; tour 14:00\n"), r.out());
    assertTrue(r.out().contains("ride   line-3 -> showroom"), r.out());
    assertFalse(r.out().contains("cannot serve"), r.out());
  }

  @Test
  void theDefaultMonthAnswersFirstWithOneRosterPerKindOfDay() {
    CliTest.Run r = CliTest.run("shuttles", "scenarios/beijing-ev-tour.yaml");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("Shuttles needed: 2 shuttles (the file has 3, 1 more than needed). Every ride of the month can be "
        + "served.", lines[1]);
    assertEquals("  Mon-Fri                         23      1      4                2            2", lines[3]);
    assertEquals("  Sat, Sun                         8      6     24                2            2", lines[4]);
    assertTrue(r.out().contains("\nMon-Fri (2025-07-01 Tue and 22 more dates): 2 shuttles\n"
        + "  shuttles 1-2, each: 4 rides, 14:37:20 - 15:21:20, 0.0 min empty; tour 14:00\n"), r.out());
    assertTrue(r.out().contains("\nSat, Sun (2025-07-05 Sat and 7 more dates): 2 shuttles\n"
        + "  shuttles 1-2, each: 24 rides, 09:37:20 - 17:51:20, 0.0 min empty; tours 09:00, 10:30, 12:00, 13:30, "
        + "15:00, 16:30\n"), r.out());
    assertFalse(r.out().contains("board  at"), "legs only with --rosters");
    assertTrue(lines.length < 20, r.out());
  }

  @Test
  void badDatesAreUsageErrors() {
    CliTest.Run bad = CliTest.run("shuttles", "scenarios/minimal.yaml", "--date", "2025-7-1");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--date: found \"2025-7-1\", expected a real date YYYY-MM-DD"), bad.err());
    CliTest.Run unreal = CliTest.run("shuttles", "scenarios/minimal.yaml", "--date", "2025-02-30");
    assertEquals(2, unreal.code());
    CliTest.Run outside = CliTest.run("shuttles", "scenarios/minimal.yaml", "--date", "2025-08-01");
    assertEquals(2, outside.code());
    assertTrue(outside.err().contains("--date 2025-08-01 is outside the scenario's month 2025-07; expected a date "
        + "from 2025-07-01 to 2025-07-31"), outside.err());
    assertFalse(outside.err().contains("Exception"), outside.err());
  }

  @Test
  void wholeMonthAndComparisonOfTheMinimalScenario() {
    CliTest.Run r = CliTest.run("shuttles", "scenarios/minimal.yaml", "--compare", "--replications", "3");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Shuttles needed: 1 shuttle (exactly the file's 1)."), r.out());
    assertTrue(r.out().contains("\n  Mon-Sun                         31 "), r.out());
    assertTrue(r.out().contains("Shuttle modes compared: 3 months each"), r.out());
    assertTrue(r.out().matches("(?s).*\\s+dedicated\\s+pooled\\s+planned\n.*"), r.out());
    assertTrue(r.out().contains("roster held (share of rides)"), r.out());
    assertTrue(r.out().contains("100.0%"), r.out());
  }

  @Test
  void unservedRidesExitOneWithTheReason() throws IOException {
    // the minimal tour's rides leave the showroom at 10:20 and line-1 at 10:40; from a depot 11 hours away the
    // first vehicle reaches them at 11:00 and 11:05: no fleet can serve them
    String text = Files.readString(Path.of("scenarios/minimal.yaml"))
        .replace("  line-1:   { capacity: 30, dwell: 15, floor: true }",
            "  line-1:   { capacity: 30, dwell: 15, floor: true }\n  far: { capacity: 1, dwell: 0 }")
        .replace("  - { from: showroom, to: line-1, minutes: 5 }",
            "  - { from: showroom, to: line-1, minutes: 5 }\n  - { from: far, to: showroom, minutes: 660 }")
        .replace("  seats: 12 ", "  seats: 12\n  depot: far ");
    Path f = tmp.resolve("far.yaml");
    Files.writeString(f, text);
    CliTest.Run r = CliTest.run("shuttles", f.toString(), "--date", "2025-07-07");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("Rides the fleet cannot serve (2):"), r.out());
    assertTrue(r.out().contains("2025-07-07 Mon, tour 10:00, ride 1 of 2 showroom -> line-1 (1 of 1 shuttle): no "
        + "vehicle can reach showroom by 10:20: starting the day at the depot (far) at 00:00, the earliest is 11:00"),
        r.out());
  }

  @Test
  void plannedModeRunsUnderSimulateAndCheck() throws IOException {
    Path f = plannedDefault();
    CliTest.Run sim = CliTest.run("simulate", f.toString(), "--replications", "4", "--json",
        tmp.resolve("r.json").toString());
    assertEquals(0, sim.code(), sim.err());
    String json = Files.readString(tmp.resolve("r.json"));
    assertTrue(json.contains("\"rosterHeldShare\""), json);
    assertTrue(sim.out().contains("Roster    shuttles at the pickup on plan for "), sim.out());
    CliTest.Run check = CliTest.run("check", f.toString(), "--replications", "4");
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().contains("Verdict: SAFE"), check.out());
  }

  @Test
  void reportHasTheShuttleSectionOnlyWithTheOptionOrInPlannedMode() throws IOException {
    CliTest.Run plain = CliTest.run("report", "scenarios/minimal.yaml", "--replications", "2", "--out",
        tmp.resolve("plain").toString());
    assertEquals(0, plain.code(), plain.err());
    String page = Files.readString(Path.of(plain.out().trim()));
    assertFalse(page.contains("id=\"shuttles\""), "no section without --shuttles");

    CliTest.Run asked = CliTest.run("report", "scenarios/minimal.yaml", "--shuttles", "--replications", "2",
        "--out", tmp.resolve("asked").toString());
    assertEquals(0, asked.code(), asked.err());
    Path index = Path.of(asked.out().trim());
    page = Files.readString(index);
    assertTrue(page.contains("<section id=\"shuttles\">"), page);
    assertTrue(page.contains("<tr data-mode=\"dedicated\" class=\"own\">"), page);
    assertTrue(Files.isRegularFile(index.resolveSibling("vehicles.png")));
    assertTrue(Files.isRegularFile(index.resolveSibling("fleet.png")));

    Path planned = tmp.resolve("planned.yaml");
    Files.writeString(planned, Files.readString(Path.of("scenarios/minimal.yaml"))
        .replace("  seats: 12 ", "  seats: 12\n  mode: planned "));
    CliTest.Run auto = CliTest.run("report", planned.toString(), "--replications", "2", "--out",
        tmp.resolve("auto").toString());
    assertEquals(0, auto.code(), auto.err());
    page = Files.readString(Path.of(auto.out().trim()));
    assertTrue(page.contains("<section id=\"shuttles\">"), "planned mode turns the section on");
    assertTrue(page.contains("<tr data-mode=\"planned\" class=\"own\">"), page);
  }
}
