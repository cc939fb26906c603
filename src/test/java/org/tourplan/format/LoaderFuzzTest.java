package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.Slow;

/**
 * Property: whatever bytes come in, the loader returns a Scenario or throws a ScenarioException whose problems
 * are printable; never another exception, never an "internal error".
 */
@Slow
class LoaderFuzzTest {

  private static final byte[] INTERESTING = ":[]{}\",-#&*!|>?~ \n\t0123456789.eE+-_abcxyz'\\".getBytes(
      StandardCharsets.US_ASCII);

  private static void check(String name, byte[] content) {
    try {
      assertNotNull(ScenarioLoader.parse(name, content));
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        assertNotNull(p.message());
        String s = p.toString();
        assertFalse(s.contains("internal error"), s);
        for (char c : s.toCharArray()) {
          if (Character.isISOControl(c)) {
            fail("control character in message: " + s.replace(c, '?'));
          }
        }
      }
    } catch (Throwable t) {
      throw new AssertionError("unexpected " + t + " for " + name + " content:\n"
          + new String(content, StandardCharsets.UTF_8), t);
    }
  }

  private static void truncations(String name) {
    byte[] full = Fixtures.resource(name);
    for (int n = 0; n <= full.length; n++) {
      check(name, Arrays.copyOf(full, n));
    }
  }

  @Test
  void everyTruncationOfTheYamlExample() {
    truncations("beijing.yaml");
  }

  @Test
  void everyTruncationOfTheJsonExample() {
    truncations("beijing.json");
  }

  @Test
  void randomByteMutations() {
    Random r = new Random(20250701);
    for (String name : new String[] {"beijing.yaml", "beijing.json"}) {
      byte[] full = Fixtures.resource(name);
      for (int trial = 0; trial < 1500; trial++) {
        byte[] b = full.clone();
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits; k++) {
          int at = r.nextInt(b.length);
          switch (r.nextInt(4)) {
            case 0 -> b[at] = INTERESTING[r.nextInt(INTERESTING.length)];
            case 1 -> b[at] = (byte) r.nextInt(256);
            case 2 -> {
              byte[] shorter = new byte[b.length - 1];
              System.arraycopy(b, 0, shorter, 0, at);
              System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
              b = shorter;
            }
            default -> {
              byte[] longer = new byte[b.length + 1];
              System.arraycopy(b, 0, longer, 0, at);
              longer[at] = INTERESTING[r.nextInt(INTERESTING.length)];
              System.arraycopy(b, at, longer, at + 1, b.length - at);
              b = longer;
            }
          }
        }
        check(name, b);
      }
    }
  }

  /** Anchors, aliases, merge keys and YAML's other line breaks dropped anywhere into the YAML example. */
  @Test
  void aliasAndLineSeparatorMutations() {
    String[] pieces = {"&a ", "*a", "&b ", "*b ", "<<: *a\n", "<<: ", "&a [*a]", "{ *a : 1 }", "[*a, *a, *b]",
        "\u2028", "\u2029", "\u0085", "\r", "\"x\u2028y\"", "'\u0085'", "? ", "- *a\n", "&a\n  ", "*", "&"};
    Random r = new Random(2028);
    String base = new String(Fixtures.resource("beijing.yaml"), StandardCharsets.UTF_8);
    for (int trial = 0; trial < 1500; trial++) {
      StringBuilder t = new StringBuilder(base);
      int edits = 1 + r.nextInt(4);
      for (int k = 0; k < edits; k++) {
        int at = r.nextInt(t.length() + 1);
        if (at < t.length() && Character.isLowSurrogate(t.charAt(at))) {
          at++;
        }
        t.insert(at, pieces[r.nextInt(pieces.length)]);
      }
      check("x.yaml", t.toString().getBytes(StandardCharsets.UTF_8));
    }
    // anchors on values and aliases in place of others, a few at a time
    String[][] swaps = {{"size: 20", "size: &n 20"}, {"seats: 30", "seats: *n"}, {"count: 4", "count: *n"},
        {"capacity: 60", "capacity: &c 60"}, {"vehicles: 2", "vehicles: *c"}, {"MON: [", "MON: &d ["},
        {"SAT: [", "SAT: *d\n    SUN: ["}, {"dwell: { triangular: [15, 20, 30] }", "dwell: &w { triangular: [15, 20, 30] }"}};
    for (int trial = 0; trial < 300; trial++) {
      String t = base;
      for (String[] swap : swaps) {
        if (r.nextBoolean() && t.contains(swap[0])) {
          t = t.replaceFirst(java.util.regex.Pattern.quote(swap[0]), java.util.regex.Matcher.quoteReplacement(swap[1]));
        }
      }
      check("x.yaml", t.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void lineShuffles() {
    Random r = new Random(7);
    for (String name : new String[] {"beijing.yaml", "beijing.json"}) {
      List<String> lines = List.of(new String(Fixtures.resource(name), StandardCharsets.UTF_8).split("\n"));
      for (int trial = 0; trial < 500; trial++) {
        List<String> l = new ArrayList<>(lines);
        int i = r.nextInt(l.size());
        int j = r.nextInt(l.size());
        switch (r.nextInt(3)) {
          case 0 -> l.remove(i);
          case 1 -> l.add(j, l.get(i));
          default -> {
            String t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
          }
        }
        check(name, String.join("\n", l).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void valuesSwappedForOddScalars() {
    String[] odd = {"null", "~", "\"\"", "[]", "{}", "-1", "0", "1e999", ".nan", "-.inf", "99999999999999999999",
        "0x10", "true", "\"\\u0000\"", "!!binary aGk=", "&a 1", "*a", "2025-07-01", "10:00", "\"10:00\"", "[1, [2]]"};
    String base = new String(Fixtures.resource("beijing.yaml"), StandardCharsets.UTF_8);
    String[] keys = {"size: 20", "partySize: 1", "capacity: 60", "maxGroups: 3", "headway: 5",
        "dwell: { triangular: [15, 20, 30] }", "seats: 30", "vehicles: 2", "boardMinutes: 2", "mode: dedicated",
        "depot: showroom", "count: 4", "month: 2025-07", "seed: 20250701", "returnTo: showroom",
        "closeTime: \"18:00\"", "visitorsPerMonth: 1100", "unit: visitors", "route: [showroom, line-1, line-2, line-3]",
        "closed: [\"2025-07-01\"]", "MON: [\"10:00\", \"14:00\"]"};
    for (String k : keys) {
      String key = k.substring(0, k.indexOf(':') + 1);
      for (String v : odd) {
        int at = base.indexOf(k);
        String text = base.substring(0, at) + key + " " + v + base.substring(at + k.length());
        check("x.yaml", text.getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
