package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tourplan.format.Fixtures.BASE;
import static org.tourplan.format.Fixtures.base;
import static org.tourplan.format.Fixtures.loads;
import static org.tourplan.format.Fixtures.problemAt;
import static org.tourplan.format.Fixtures.refused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.Slow;

/** YAML anchors, aliases and merge keys are read; alias bombs, recursion and absurd nesting are refused. */
@Slow
class YamlAliasTest {

  /** BASE written with anchors, aliases and merge keys, and its expanded twin. */
  static final String ALIASED = base("line-2: { capacity: 25, dwell: { uniform: [8, 12] } }",
      "line-2: { <<: *line, floor: false }")
      .replace("line-1: { capacity: 25, maxGroups: 1, headway: 5, dwell: { triangular: [10, 12, 16] }, floor: true }",
          "line-1: &line { capacity: 25, maxGroups: 1, headway: 5, dwell: { triangular: [10, 12, 16] }, floor: true }")
      .replace("MON: [\"10:00\", \"14:00\"]", "MON: &weekday [\"10:00\", \"14:00\"]\n    TUE: *weekday\n"
          + "    WED: *weekday")
      .replace("  seats: 30", "  seats: &seats 30\nguides:\n  count: 2\n  maxVisitorsPerGuide: *seats")
      .replace("guides:\n  count: 2\n  maxVisitorsPerGuide: 25\n", "");
  static final String EXPANDED = base("line-2: { capacity: 25, dwell: { uniform: [8, 12] } }",
      "line-2: { capacity: 25, maxGroups: 1, headway: 5, dwell: { triangular: [10, 12, 16] }, floor: false }")
      .replace("MON: [\"10:00\", \"14:00\"]", "MON: [\"10:00\", \"14:00\"]\n    TUE: [\"10:00\", \"14:00\"]\n"
          + "    WED: [\"10:00\", \"14:00\"]")
      .replace("maxVisitorsPerGuide: 25", "maxVisitorsPerGuide: 30");

  @Test
  void anAliasedFileIsTheSameScenarioAsItsExpandedTwin() {
    assertTrue(ALIASED.contains("*weekday") && ALIASED.contains("<<: *line") && ALIASED.contains("*seats"), ALIASED);
    Scenario aliased = loads("a.yaml", ALIASED);
    Scenario expanded = loads("e.yaml", EXPANDED);
    ScenarioWriterTest.assertSame(expanded, aliased);
    assertEquals(4, aliased.schedule().days().size(), "MON, TUE, WED and SAT: " + aliased.schedule().days());
    assertEquals(30, aliased.guides().maxVisitorsPerGuide());
    assertEquals(1, aliased.zones().get("line-2").maxGroups()); // merged from line-1
    assertEquals(false, aliased.zones().get("line-2").floor()); // written in line-2: wins over the merge
  }

  @Test
  void errorsKeepTheirLinesAroundAliases() {
    String text = ALIASED.replace("count: 2", "count: -2");
    int line = lineOf(text, "count: -2");
    Problem p = problemAt(refused("t.yaml", text), "guides.count", "found -2");
    assertEquals(line, p.line());
    // a wrong value reached through an alias is reported at its path, on the line where it is written
    String bad = ALIASED.replace("MON: &weekday [\"10:00\", \"14:00\"]", "MON: &weekday [\"10:00\", \"25:00\"]");
    ScenarioException e = refused("t.yaml", bad);
    assertEquals(lineOf(bad, "25:00"), problemAt(e, "schedule.days.TUE[1]", "25:00").line());
    assertEquals(lineOf(bad, "25:00"), problemAt(e, "schedule.days.MON[1]", "25:00").line());
  }

  @Test
  void duplicateKeysAreStillFoundButAMergedKeyMayBeOverridden() {
    Problem p = problemAt(refused("t.yaml", ALIASED.replace("line-2: { <<: *line, floor: false }",
        "line-2: { <<: *line, floor: false, floor: true }")), "zones.line-2.floor", "duplicate key `floor`");
    assertEquals(lineOf(ALIASED, "line-2:"), p.line());
    problemAt(refused("t.yaml", BASE.replace("  seats: 30", "  seats: 30\n  seats: 40")), "shuttles.seats",
        "duplicate key `seats`", "first at line");
  }

  /**
   * Two merge keys in one map are a duplicate key like any other (the first once won silently); one merge key with
   * a list merges several maps, earlier ones winning.
   */
  @Test
  void twoMergeKeysInOneMapAreADuplicateKey() {
    String two = ALIASED.replace("line-2: { <<: *line, floor: false }",
        "line-2: { <<: *line, <<: *other, floor: false }")
        .replace("  showroom: { capacity: 60, dwell: 20 }", "  showroom: &other { capacity: 60, dwell: 20 }");
    Problem p = problemAt(refused("t.yaml", two), "zones.line-2.<<", "duplicate merge key `<<`",
        "<<: [*first, *second]");
    assertEquals(lineOf(two, "line-2:"), p.line());
    Scenario listed = loads("t.yaml", two.replace("<<: *line, <<: *other", "<<: [*line, *other]"));
    assertEquals(25, listed.zones().get("line-2").capacity(), "the earlier map wins");
    assertEquals(1, listed.zones().get("line-2").maxGroups());
  }

  /**
   * YAML tags are not part of the format: one that changes what a value is (!!str on a number, !!int on quoted
   * text, a local !tag, !!binary, !!set) is refused at its key, the same way wherever it is; a tag that only says
   * what the value already is changes nothing. They were handled case by case: !!int "20" became a number,
   * !custom 20 text, !!set a map.
   */
  @Test
  void aTagThatChangesAValueIsRefusedWhereverItIs() {
    String[][] changing = {{"  size: 20", "  size: !!str 20"}, {"  size: 20", "  size: !!int \"20\""},
        {"  size: 20", "  size: !!float 20"}, {"  size: 20", "  size: !size 20"},
        {"  size: 20", "  size: !!binary aGk="}, {"  size: 20", "  size: !!null \"\""},
        {"name: Base tour", "name: !!str 2025"}, {"  seats: 30", "  seats: !!int 30.5"},
        {"route: [showroom, line-1, line-2]", "route: !!set {showroom, line-1}"}, {"zones:", "zones: !!omap"}};
    for (String[] c : changing) {
      String text = BASE.replace(c[0], c[1]);
      assertTrue(text.contains(c[1]), c[1]);
      ScenarioException e = refused("t.yaml", text);
      assertTrue(e.getMessage().contains("found the YAML tag `!"), c[1] + ": " + e.getMessage());
      assertTrue(e.getMessage().contains("tags are not part of the scenario format"), e.getMessage());
      assertEquals(lineOf(text, c[1]), e.problems().get(0).line(), c[1]);
    }
    Scenario same = loads("t.yaml", BASE.replace("  size: 20", "  size: !!int 20").replace("name: Base tour",
        "name: !!str \"Base tour\"").replace("route: [showroom", "route: !!seq [showroom"));
    assertEquals(20, same.group().size());
    assertEquals("Base tour", same.name());
  }

  static final String BOMB = """
      name: Bomb
      a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
      h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
      i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
      """;
  static final String RECURSIVE_KEY = "name: x\nk: &k { *k : 1 }\n";
  static final String RECURSIVE_VALUE = "name: x\nk: &k [1, *k]\n";
  static final String DEEP_FLOW = "name: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
  static final String DEEP_BLOCK = "name:\n" + "- ".repeat(10_000) + "x\n";
  static final String DEEP_MAPS = "name: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n";

  @Test
  void hostileFilesAreRefusedWithAClearMessage() {
    assertEquals(1, refused("t.yaml", BOMB).problems().size());
    assertTrue(refused("t.yaml", BOMB).getMessage().contains("alias bomb"), refused("t.yaml", BOMB).getMessage());
    assertTrue(refused("t.yaml", RECURSIVE_KEY).getMessage().contains("recursive key"),
        refused("t.yaml", RECURSIVE_KEY).getMessage());
    assertTrue(refused("t.yaml", RECURSIVE_VALUE).getMessage().contains("recursive alias"),
        refused("t.yaml", RECURSIVE_VALUE).getMessage());
    for (String deep : List.of(DEEP_FLOW, DEEP_BLOCK, DEEP_MAPS)) {
      ScenarioException e = refused("t.yaml", deep);
      assertEquals(1, e.problems().size(), e.getMessage());
      assertTrue(e.getMessage().contains("nested more than 64 levels deep"), e.getMessage());
      assertEquals(deep.equals(DEEP_BLOCK) ? 2 : 1, e.problems().get(0).line(), e.getMessage());
    }
    // nesting built from aliases is bounded too, although each anchor alone is shallow
    String nested = "name: x\na: &a " + "[".repeat(40) + "1" + "]".repeat(40) + "\nb: &b " + "[".repeat(40)
        + "*a" + "]".repeat(40) + "\n";
    assertTrue(refused("t.yaml", nested).getMessage().contains("nested more than 64"),
        refused("t.yaml", nested).getMessage());
  }

  /**
   * The bounds that matter to a user: {@code tourplan validate} in its own JVM with a 256 MB heap exits 2 with
   * the message for each hostile file (an unbounded expansion would run out of memory or never end).
   */
  @Test
  void hostileFilesExitTwoInAJvmWith256MegabytesOfHeap(@TempDir Path dir) throws IOException,
      InterruptedException {
    String[][] cases = {{"bomb.yaml", BOMB, "alias bomb"}, {"key.yaml", RECURSIVE_KEY, "recursive key"},
        {"value.yaml", RECURSIVE_VALUE, "recursive alias"}, {"deep.yaml", DEEP_FLOW, "nested more than 64"},
        {"block.yaml", DEEP_BLOCK, "nested more than 64"}};
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String[] c : cases) {
      Path file = dir.resolve(c[0]);
      Files.writeString(file, c[1]);
      List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          "org.tourplan.cli.Main", "validate", file.toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      // a guard against a hang, not a speed assertion (see BENCHMARKS.md for timings)
      boolean ended = p.waitFor(60, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly();
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(ended, c[0] + " did not end: " + out);
      assertEquals(2, p.exitValue(), c[0] + ": " + out);
      assertTrue(out.contains(c[2]) && !out.contains("Exception") && !out.contains("\tat "), c[0] + ": " + out);
    }
  }

  static int lineOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertTrue(at >= 0, fragment);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
