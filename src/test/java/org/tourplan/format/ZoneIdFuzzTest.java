package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Paths;

/**
 * Zone ids of every kind the format allows (dots, a setting's name after a dot, CJK, right-to-left text and marks,
 * emoji, quotes and backslashes, 60 to 64 characters) through every validation message that names a zone: each
 * broken file is refused with its problems, each problem at the zone's own key path (as {@link Paths} writes it)
 * and on a line, never with an internal error. A zone too small for the group once ended in a
 * NullPointerException because the validator cut the zone id back out of a path that quotes such ids.
 */
class ZoneIdFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A broken file: what to change in a valid tree holding zone {@code id}, and the path one problem must have. */
  private record Breakage(String name, BiConsumer<Map<String, Object>, String> change, Function<String, String> path) {
  }

  private static String zonePath(String id, String key) {
    return Paths.child(Paths.child("zones", id), key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  private static Map<String, Object> of(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** A valid file whose second route zone is {@code id}. */
  static Map<String, Object> valid(String id) {
    Map<String, Object> zones = new LinkedHashMap<>();
    zones.put("showroom", of("capacity", 60, "dwell", 20));
    zones.put(id, of("capacity", 25, "maxGroups", 1, "dwell", of("triangular", List.of(10, 12, 16)), "floor", true,
        "egressPerMinute", 50, "noiseDbA", 80));
    zones.put("line-2", of("capacity", 25, "dwell", 10));
    List<Object> travel = new ArrayList<>(List.of(of("from", "showroom", "to", id, "minutes", 6),
        of("from", id, "to", "line-2", "minutes", 4), of("from", "line-2", "to", "showroom", "minutes", 7)));
    return of("name", "Zone id fuzz", "month", "2025-07", "group", of("size", 20, "partySize", 1),
        "zones", zones, "route", new ArrayList<>(List.of("showroom", id, "line-2")), "travel", travel,
        "shuttles", of("vehicles", 2, "seats", 30), "guides", of("count", 2, "maxVisitorsPerGuide", 25),
        "schedule", of("days", of("MON", List.of("10:00", "14:00"))),
        "limits", of("floorVisitors", 100, "blackouts", new ArrayList<>(List.of(of("zones", List.of(id), "from",
            "12:00", "to", "12:30")))));
  }

  private static Map<String, Object> zone(Map<String, Object> t, String id) {
    return map(map(t.get("zones")).get(id));
  }

  private static final List<Breakage> BREAKAGES = List.of(
      new Breakage("capacity too small for the group", (t, id) -> zone(t, id).put("capacity", 5),
          id -> zonePath(id, "capacity")),
      new Breakage("capacity below 1", (t, id) -> zone(t, id).put("capacity", -1), id -> zonePath(id, "capacity")),
      new Breakage("capacity missing", (t, id) -> zone(t, id).remove("capacity"), id -> zonePath(id, "capacity")),
      new Breakage("maxGroups 0", (t, id) -> zone(t, id).put("maxGroups", 0), id -> zonePath(id, "maxGroups")),
      new Breakage("headway negative", (t, id) -> zone(t, id).put("headway", -2), id -> zonePath(id, "headway")),
      new Breakage("dwell negative", (t, id) -> zone(t, id).put("dwell", -3), id -> zonePath(id, "dwell")),
      new Breakage("dwell of no known form", (t, id) -> zone(t, id).put("dwell", of("gamma", 3)),
          id -> zonePath(id, "dwell") + ".gamma"),
      new Breakage("egress 0", (t, id) -> zone(t, id).put("egressPerMinute", 0), id -> zonePath(id, "egressPerMinute")),
      new Breakage("noise out of range", (t, id) -> zone(t, id).put("noiseDbA", 500), id -> zonePath(id, "noiseDbA")),
      new Breakage("floor not a boolean", (t, id) -> zone(t, id).put("floor", "very"), id -> zonePath(id, "floor")),
      new Breakage("unknown zone key", (t, id) -> zone(t, id).put("capacty", 3), id -> zonePath(id, "capacty")),
      new Breakage("zone not a map", (t, id) -> map(t.get("zones")).put(id, 5), id -> Paths.child("zones", id)),
      new Breakage("route names a zone one letter off", (t, id) -> list(t.get("route")).set(1, id + "x"),
          id -> "route[1]"),
      new Breakage("returnTo unknown", (t, id) -> t.put("returnTo", id + "x"), id -> "returnTo"),
      new Breakage("depot unknown", (t, id) -> map(t.get("shuttles")).put("depot", "x" + id), id -> "shuttles.depot"),
      new Breakage("no travel to or from the zone", (t, id) -> {
        list(t.get("travel")).remove(1);
        list(t.get("travel")).remove(0);
      }, id -> "travel"),
      new Breakage("self-leg of 3 minutes", (t, id) -> list(t.get("travel")).add(of("from", id, "to", id, "minutes",
          3)), id -> "travel[3].minutes"),
      new Breakage("two minute values for one pair", (t, id) -> list(t.get("travel")).add(of("from", id, "to",
          "showroom", "minutes", 9)), id -> "travel[3].minutes"),
      new Breakage("travel from an unknown zone", (t, id) -> list(t.get("travel")).add(of("from", id + ".x", "to",
          "showroom", "minutes", 9)), id -> "travel[3].from"),
      new Breakage("blackouts closing the zone all day", (t, id) -> list(map(t.get("limits")).get("blackouts")).add(
          of("zones", List.of(id), "from", "12:30", "to", "12:00")), id -> "limits.blackouts"),
      new Breakage("blackout of an unknown zone", (t, id) -> list(map(t.get("limits")).get("blackouts")).add(
          of("zones", List.of(id + id), "from", "08:00", "to", "09:00")), id -> "limits.blackouts[1].zones[0]"),
      new Breakage("pooled, the zone unreachable from the depot", (t, id) -> {
        map(t.get("shuttles")).put("mode", "pooled");
        list(t.get("travel")).clear();
        list(t.get("travel")).add(of("from", "showroom", "to", id, "minutes", 6, "oneWay", true));
        list(t.get("travel")).add(of("from", id, "to", "line-2", "minutes", 4, "oneWay", true));
        list(t.get("travel")).add(of("from", "line-2", "to", "showroom", "minutes", 7, "oneWay", true));
        list(t.get("route")).remove(2);
        list(t.get("route")).add("line-2");
        map(t.get("zones")).put("far", of("capacity", 60, "dwell", 20));
        map(t.get("shuttles")).put("depot", "far");
      }, id -> "travel"));

  /** Ids of every kind the format allows, from a fixed seed. */
  static List<String> ids(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(List.of("hall.b", "a.capacity", ".", "..", "x.", ".y", "总装车间",
        "冲压车间.二号线", "خط التجميع", "קו\u202Eייצור", "\u202Eevil", "line\u200F-1", "🚗🔧", "a\"b\\c", "with space",
        "tab\there", "nbsp\u00A0x", "x".repeat(60), "x".repeat(61), "x".repeat(64), "车".repeat(64),
        "ab.".repeat(21) + "a", "🚗".repeat(64), "#: [x]", "\uFEFFbom", "e\u0301"));
    String[] pieces = {"a", "Z", "9", "-", "_", ".", " ", "车", "间", "ت", "ש", "\u202E", "\u200E", "🚗", "\"", "\\",
        "'", ":", "#", "[", "{", "&", "*", "é", "\u00A0", "\u3000"};
    while (out.size() < n) {
      int len = 1 + r.nextInt(64);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < len; k++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String id = b.toString();
      if (id.codePointCount(0, id.length()) > 64) {
        id = id.substring(0, id.offsetByCodePoints(0, 64));
      }
      if (!id.equals("showroom") && !id.equals("line-2") && !id.equals("far")) {
        out.add(id);
      }
    }
    return out;
  }

  private static void refused(String what, String file, byte[] bytes, String expectedPath, List<String> failures) {
    try {
      refused(what, file, bytes, expectedPath);
    } catch (AssertionError e) {
      if (failures.size() < 40) {
        failures.add(e.getMessage().lines().limit(4).collect(java.util.stream.Collectors.joining("\n")));
      }
    }
  }

  private static void refused(String what, String file, byte[] bytes, String expectedPath) {
    try {
      ScenarioLoader.parse(file, bytes);
      fail(what + ": accepted\n" + new String(bytes, StandardCharsets.UTF_8));
    } catch (ScenarioException e) {
      boolean found = false;
      for (Problem p : e.problems()) {
        String s = p.toString();
        assertFalse(s.contains("internal error"), what + ": " + s);
        for (char c : s.toCharArray()) {
          assertFalse(Character.isISOControl(c) || c == '\u202E', what + ": raw control or format character in " + s);
        }
        found |= expectedPath.equals(p.path()) && p.line() != null;
      }
      assertTrue(found, what + ": no problem at " + expectedPath + " with a line, got\n" + e.getMessage());
    } catch (RuntimeException | Error t) {
      throw new AssertionError(what + ": " + t + "\n" + new String(bytes, StandardCharsets.UTF_8), t);
    }
  }

  @Test
  void everyZoneMessageNamesTheZoneWhateverItsId() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String id : ids(150, 20251207)) {
      byte[] ok = JSON.writeValueAsBytes(valid(id));
      try {
        assertNotNull(ScenarioLoader.parse("z.json", ok), id);
        assertNotNull(ScenarioLoader.parse("z.yaml", ok), id); // JSON is YAML: the same ids through SnakeYAML
      } catch (ScenarioException e) {
        failures.add("valid file refused for zone id " + Paths.key(id) + ": " + e.getMessage());
        continue;
      }
      for (Breakage b : BREAKAGES) {
        Map<String, Object> t = JSON.readValue(ok, new com.fasterxml.jackson.core.type.TypeReference<
            LinkedHashMap<String, Object>>() { });
        b.change().accept(t, id);
        byte[] bad = JSON.writeValueAsBytes(t);
        String what = b.name() + " for zone id " + Paths.key(id);
        refused(what, "z.json", bad, b.path().apply(id), failures);
        refused(what + " (YAML)", "z.yaml", bad, b.path().apply(id), failures);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n\n", failures));
  }
}
