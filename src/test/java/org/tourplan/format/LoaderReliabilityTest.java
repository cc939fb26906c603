package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tourplan.format.Fixtures.BASE;
import static org.tourplan.format.Fixtures.base;
import static org.tourplan.format.Fixtures.loads;
import static org.tourplan.format.Fixtures.problemAt;
import static org.tourplan.format.Fixtures.refused;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.cli.Main;
import org.tourplan.scenario.Scenario;

/** Valid files that used to be refused, and messages that used to mislead (issue 13). */
class LoaderReliabilityTest {

  // ---------------------------------------------------------------- defaults of a missing section

  @Test
  void fewReplicationsWithoutAPlanSectionAreValidAndSimulate(@TempDir Path dir) throws Exception {
    String text = BASE + "replications: 3\n";
    Scenario s = loads("t.yaml", text);
    assertEquals(3, s.replications());
    assertEquals(3, s.plan().maxReplications());
    assertEquals(64, s.plan().screenReplications(), "screening counts days of each kind, not months");
    Path file = dir.resolve("three.yaml");
    Files.writeString(file, text);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"simulate", file.toString()}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("3"), out.toString());
  }

  @Test
  void aWrittenScreenAboveTheMonthsIsValidForItCountsDays() {
    // screening simulates days of each kind for every start-time design, the target is judged on months: the two
    // no longer bound each other
    Scenario s = loads("t.yaml", BASE + "replications: 10\nplan:\n  screenReplications: 30\n");
    assertEquals(30, s.plan().screenReplications());
    assertEquals(10, s.plan().maxReplications());
  }

  // ---------------------------------------------------------------- unquoted times

  @Test
  void unquotedTimesAreReadAsTimes() {
    Scenario quoted = loads("q.yaml", BASE + "limits: { closeTime: \"18:00\" }\n");
    Scenario plain = loads("p.yaml", base("MON: [\"10:00\", \"14:00\"]", "MON: [10:00, 14:00]")
        .replace("SAT: [\"09:30\", \"11:00\"]", "SAT: [09:30, 11:00]") + "limits: { closeTime: 18:00 }\n");
    ScenarioWriterTest.assertSame(quoted, plain);
    assertEquals(List.of(LocalTime.of(9, 30), LocalTime.of(11, 0)),
        plain.schedule().days().get(java.time.DayOfWeek.SATURDAY));
    Scenario nine = loads("n.yaml", base("MON: [\"10:00\", \"14:00\"]", "MON: [09:00, 14:00]"));
    assertEquals(LocalTime.of(9, 0), nine.schedule().days().get(java.time.DayOfWeek.MONDAY).get(0));
    // what stays ambiguous is still refused: one-digit hours, seconds, out of range
    problemAt(refused("t.yaml", base("MON: [\"10:00\", \"14:00\"]", "MON: [9:00, 14:00]")),
        "schedule.days.MON[0]", "write \"09:00\"");
    problemAt(refused("t.yaml", base("MON: [\"10:00\", \"14:00\"]", "MON: [10:00:00, 14:00]")),
        "schedule.days.MON[0]", "found \"10:00:00\"");
    problemAt(refused("t.yaml", base("MON: [\"10:00\", \"14:00\"]", "MON: [24:00, 14:00]")),
        "schedule.days.MON[0]", "found \"24:00\"");
  }

  // ---------------------------------------------------------------- line separators in quoted text

  /** BASE with NEL, U+2028 and U+2029 inside quoted text: the name and a zone id. */
  static final String SEPARATORS = base("name: Base tour", "name: \"Base\u2028tour\u2029of\u0085July\"")
      .replace("line-2: {", "\"line\\u20282\": {") // a key cannot span lines: YAML's escape
      .replace("line-2", "\"line\u20282\"");

  @Test
  void lineSeparatorsInQuotedTextDoNotShiftLines() {
    Scenario s = loads("t.yaml", SEPARATORS + "limits: { closeTime: \"18:00\" }\n");
    assertTrue(s.name().contains("\u2028") && s.name().contains("\u2029"), s.name());
    assertTrue(s.zones().containsKey("line\u20282"), s.zones().keySet().toString());
    assertEquals(LocalTime.of(18, 0), s.limits().closeTime());
    String bad = SEPARATORS + "limits: { closeTime: \"25:00\" }\n";
    Problem p = problemAt(refused("t.yaml", bad), "limits.closeTime", "found \"25:00\"");
    assertEquals(YamlAliasTest.lineOf(bad, "25:00"), p.line());
    String badZone = SEPARATORS.replace("2\": { capacity: 25,", "2\": { capacity: -25,");
    Problem z = problemAt(refused("t.yaml", badZone), "zones.\"line\\u20282\".capacity", "found -25");
    assertEquals(YamlAliasTest.lineOf(badZone, "capacity: -25"), z.line());
  }

  @Test
  void writtenLineSeparatorsAreEscapedAndReloadToTheSameScenario() throws ScenarioException {
    Scenario s = loads("t.yaml", SEPARATORS);
    String yaml = ScenarioWriter.yaml(s, "Recommended for: " + s.name());
    for (char c : new char[] {'\u2028', '\u2029', '\u0085'}) {
      assertEquals(-1, yaml.indexOf(c), "raw U+" + Integer.toHexString(c) + " written:\n" + yaml);
    }
    ScenarioWriterTest.assertSame(s, ScenarioLoader.parse("back.yaml", yaml.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)));
  }

  // ---------------------------------------------------------------- smaller file checks

  @Test
  void crOnlyLineEndsWithALeadingCommentAreRead() {
    String cr = ("# a scenario saved with old Mac line ends\n" + BASE).replace("\n", "\r");
    assertEquals("Base tour", loads("t.yaml", cr).name());
    Problem p = problemAt(refused("t.yaml", cr.replace("count: 2", "count: 0")), "guides.count", "found 0");
    assertEquals(YamlAliasTest.lineOf(BASE, "count: 2") + 1, p.line());
    assertEquals("the file holds only comments", refused("t.yaml", "# a\r# b\r").problems().get(0).message());
  }

  @Test
  void aKeyLongerThanYamlAllowsIsNamed() {
    String key = "k".repeat(1100);
    String text = base("  count: 2", "  count: 2\n  " + key + ": 1");
    Problem p = refused("t.yaml", text).problems().get(0);
    assertTrue(p.message().contains("`" + "k".repeat(60) + "...`") && p.message().contains("1,100 characters")
        && p.message().contains("1024"), p.toString());
    assertEquals(YamlAliasTest.lineOf(text, key), p.line());
    assertTrue(p.toString().length() < 400, p.toString());
  }

  @Test
  void utf16WithoutAByteOrderMarkIsCalledSo() {
    for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
        java.nio.charset.StandardCharsets.UTF_16BE, java.nio.charset.StandardCharsets.UTF_16)) {
      ScenarioException e = refused("t.yaml", BASE.getBytes(cs));
      assertEquals(1, e.problems().size(), e.getMessage());
      assertTrue(e.getMessage().contains("not UTF-8 (looks like UTF-16)"), cs + ": " + e.getMessage());
    }
  }

  @Test
  void aSymlinkLoopIsCalledSo(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(a));
    assertTrue(e.getMessage().contains("symbolic link") && e.getMessage().contains("loop")
        && !e.getMessage().contains("not found"), e.getMessage());
    Path dangling = dir.resolve("gone.yaml");
    Files.createSymbolicLink(dangling, dir.resolve("missing.yaml"));
    ScenarioException d = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(dangling));
    assertTrue(d.getMessage().contains("symbolic link to") && d.getMessage().contains("missing.yaml")
        && d.getMessage().contains("does not exist"), d.getMessage());
  }

  // ---------------------------------------------------------------- every check that can run

  @Test
  void crossChecksRunBesideFieldErrorsAndSkippedOnesAreNamed(@TempDir Path dir) throws Exception {
    // a wrong mode does not hide that 1 vehicle of 10 seats cannot carry a group of 20
    String fleet = base("  vehicles: 2\n  seats: 30", "  vehicles: 1\n  seats: 10\n  mode: fast");
    ScenarioException e = refused("t.yaml", fleet);
    problemAt(e, "shuttles.mode", "found \"fast\"");
    problemAt(e, "shuttles.vehicles", "expected at least 2 vehicles");
    // a wrong no-show rate does not change the largest group: the guides are still checked
    ScenarioException g = refused("t.yaml", base("  partySize: 1", "  partySize: 1\n  noShowRate: 2")
        .replace("maxVisitorsPerGuide: 25", "maxVisitorsPerGuide: 5"));
    problemAt(g, "group.noShowRate", "found 2");
    problemAt(g, "guides.count", "expected at least 4 guides");
    assertNull(g.skipped(), g.getMessage());
    // the plan section is checked beside errors elsewhere
    problemAt(refused("t.yaml", BASE.replace("dwell: 20 }", "dwell: -20 }") + "plan:\n  slotMinutes: 0\n"),
        "plan.slotMinutes", "found 0");
    // what cannot run is named, on one line, last
    String unknownZone = base("route: [showroom, line-1, line-2]", "route: [showroom, line-9, line-2]")
        + "plan:\n  vehicles: [1, 2]\n";
    ScenarioException u = refused("t.yaml", unknownZone.replace("size: 20", "size: 20.5"));
    assertTrue(u.skipped() != null && u.skipped().contains("travel paths")
        && u.skipped().contains("the largest group") && u.skipped().contains("the plan section"), u.getMessage());
    assertTrue(u.getMessage().endsWith(u.skipped()), u.getMessage());
    Path file = dir.resolve("u.yaml");
    Files.writeString(file, unknownZone);
    StringWriter err = new StringWriter();
    assertEquals(2, Main.run(new String[] {"validate", file.toString()}, new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), 1_000_000)); // unwrapped: this reads which line says what, not the layout
    List<String> lines = err.toString().lines().toList();
    assertTrue(lines.get(lines.size() - 2).startsWith("not checked because of the errors above")
        && lines.get(lines.size() - 2).contains("travel paths"), err.toString());
  }
}
