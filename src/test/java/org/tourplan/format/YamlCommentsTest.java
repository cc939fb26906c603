package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Scenario;

/** Comments above keys of a written scenario: where they go, and that the file still reads as the same scenario. */
class YamlCommentsTest {
  /**
   * A header naming a scenario whose name holds a YAML line break that is no Java control character (NEL, U+2028,
   * U+2029) still reads back: the header's comment once ended at the NEL, the rest of the name became content, and
   * {@code tourplan fit} on such a file ended in an internal error (found by the crash-finding test, seed 76).
   */
  @Test
  void aHeaderWithEveryYamlLineBreakReadsBackAsTheSameScenario() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    for (String br : List.of("\u0085", "\u2028", "\u2029", "\r", "\u009b")) {
      String yaml = ScenarioWriter.yaml(s, "fitted from records of 'a" + br + "b: 1'\nsecond" + br + "line");
      assertTrue(yaml.startsWith("# fitted from records of 'a?b: 1'\n# second?line\n"), yaml);
      Scenario back = ScenarioLoader.parse("x.yaml", yaml.getBytes(StandardCharsets.UTF_8));
      assertEquals(s.name(), back.name());
      String commented = YamlComments.insert(yaml, Map.of(List.of("group", "noShowRate"), List.of("x" + br + "y: 2")));
      assertTrue(commented.contains("# x?y: 2\n"), commented);
      assertEquals(s.name(), ScenarioLoader.parse("x.yaml", commented.getBytes(StandardCharsets.UTF_8)).name());
    }
  }

  @Test
  void commentsGoAboveTheirKeysAndChangeNothingTheLoaderReads() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
    String yaml = ScenarioWriter.yaml(s, "header");
    Map<List<String>, List<String>> comments = new LinkedHashMap<>();
    comments.put(List.of("zones", "line-1", "dwell"), List.of("fitted: triangular", "second line\nwith a break"));
    comments.put(List.of("group", "noShowRate"), List.of("a " + "long ".repeat(40) + "comment"));
    String out = YamlComments.insert(yaml, comments);
    String[] lines = out.split("\n");
    int dwell = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals("    # fitted: triangular")) {
        dwell = i;
      }
    }
    assertTrue(dwell > 0, out);
    assertEquals("    # second line?with a break", lines[dwell + 1], "a line break cannot end the comment");
    assertEquals("    dwell:", lines[dwell + 2]);
    assertTrue(lines[dwell - 1].contains("headway"), "inside zones.line-1: " + lines[dwell - 1]);
    for (String l : lines) {
      assertTrue(l.length() <= YamlComments.WIDTH || !l.strip().startsWith("#"), "wrapped: " + l);
    }
    Scenario back = ScenarioLoader.parse("x.yaml", out.getBytes(StandardCharsets.UTF_8));
    Scenario plain = ScenarioLoader.parse("x.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertEquals(plain.group(), back.group());
    assertEquals(plain.zones(), back.zones());
    assertEquals(plain.shuttles(), back.shuttles());
    assertThrows(IllegalArgumentException.class, () -> YamlComments.insert(yaml, Map.of(List.of("zones", "nowhere"),
        List.of("x"))));
  }
}
