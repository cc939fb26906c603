package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.tourplan.scenario.Scenario;

/** Shared fixtures and assertions for loader tests. */
final class Fixtures {
  private Fixtures() { }

  /** A small valid YAML scenario that the error tests mutate one piece at a time. */
  static final String BASE = """
      name: Base tour
      month: 2025-07
      group:
        size: 20
        partySize: 1
      zones:
        showroom: { capacity: 60, dwell: 20 }
        line-1: { capacity: 25, maxGroups: 1, headway: 5, dwell: { triangular: [10, 12, 16] }, floor: true }
        line-2: { capacity: 25, dwell: { uniform: [8, 12] } }
      route: [showroom, line-1, line-2]
      travel:
        - { from: showroom, to: line-1, minutes: 6 }
        - { from: line-1, to: line-2, minutes: 4 }
        - { from: line-2, to: showroom, minutes: 7 }
      shuttles:
        vehicles: 2
        seats: 30
      guides:
        count: 2
        maxVisitorsPerGuide: 25
      schedule:
        days:
          MON: ["10:00", "14:00"]
          SAT: ["09:30", "11:00"]
      """;

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] resource(String name) {
    return resourceAt("/scenarios/" + name);
  }

  /** A test resource by its absolute name ({@code /format/every-key.yaml}). */
  static byte[] resourceAt(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BASE with one exact piece of text replaced (the piece must occur exactly once). */
  static String base(String from, String to) {
    return replace(BASE, from, to);
  }

  static String replace(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("fixture text must occur exactly once: " + from);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  static Scenario loads(String fileName, String text) {
    try {
      return ScenarioLoader.parse(fileName, utf8(text));
    } catch (ScenarioException e) {
      return fail("expected a valid scenario, got:\n" + e.getMessage());
    }
  }

  static ScenarioException refused(String fileName, String text) {
    return refused(fileName, utf8(text));
  }

  static ScenarioException refused(String fileName, byte[] content) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(fileName, content));
    assertTrue(!e.problems().isEmpty());
    assertEquals(e.getMessage(), e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))
        + (e.skipped() == null ? "" : "\n" + e.skipped()));
    return e;
  }

  /** Refused YAML (BASE mutated), with a problem at exactly this path whose message has every fragment. */
  static Problem refusedAt(String text, String path, String... fragments) {
    return problemAt(refused("t.yaml", text), path, fragments);
  }

  static Problem problemAt(ScenarioException e, String path, String... fragments) {
    List<Problem> atPath = e.problems().stream().filter(p -> path.equals(p.path())).toList();
    if (atPath.isEmpty()) {
      fail("no problem at path " + path + "; problems were:\n" + e.getMessage());
    }
    for (Problem p : atPath) {
      boolean all = true;
      for (String f : fragments) {
        all &= p.message().contains(f);
      }
      if (all) {
        return p;
      }
    }
    return fail("no problem at " + path + " mentions all of " + List.of(fragments) + "; problems were:\n"
        + e.getMessage());
  }
}
