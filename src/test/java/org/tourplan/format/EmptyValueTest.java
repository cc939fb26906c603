package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Paths;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * "An explicit empty value is an error for every key, including optional ones" (docs/scenario-format.md): a walk
 * over a file holding every key of the format makes each key's value, and each list item, empty in turn, in every
 * form a file can write it (YAML {@code key:} with nothing after it, {@code ~}, {@code null}; JSON {@code null}),
 * and expects the loader to refuse it at that key's own path. An empty {@code schedule.days:} was once accepted as
 * a schedule without weekly tours, at the top level and in a season phase.
 */
class EmptyValueTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] YAML_EMPTY = {"", " ~", " null"};

  /**
   * The files that together hold every key: every-key.yaml, and every-key-days.yaml for what cannot share a file
   * with it (plan.dayTours instead of weekdayTours and weekendTours, fixedStarts as one list).
   */
  private static final List<String> FILES = List.of("/format/every-key.yaml", "/format/every-key-days.yaml");

  private static Object everyKey(String file) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(Fixtures.resourceAt(file),
        StandardCharsets.UTF_8));
  }

  /** Every key path (and list item) of the tree, with the value made empty there (one copy each). */
  private static void walk(Object node, String path, Map<String, Object> root, List<String> paths) {
    if (node instanceof Map<?, ?> m) {
      for (Object k : m.keySet()) {
        String child = Paths.child(path, String.valueOf(k));
        paths.add(child);
        walk(m.get(k), child, root, paths);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        String child = Paths.index(path, i);
        paths.add(child);
        walk(l.get(i), child, root, paths);
      }
    }
  }

  /** A deep copy of the tree with the value at {@code target} replaced by null. */
  private static Object emptied(Object node, String path, String target) {
    if (path.equals(target)) {
      return null;
    }
    if (node instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, emptied(v, Paths.child(path, String.valueOf(k)), target)));
      return out;
    }
    if (node instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(emptied(l.get(i), Paths.index(path, i), target));
      }
      return out;
    }
    return node;
  }

  /** The tree as block YAML, every scalar written as JSON writes it, a null as {@code empty}. */
  private static void yaml(Object node, String indent, String empty, StringBuilder b) throws Exception {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(indent).append(JSON.writeValueAsString(String.valueOf(e.getKey()))).append(':');
        value(e.getValue(), indent, empty, b);
      }
    } else {
      for (Object item : (List<?>) node) {
        b.append(indent).append('-');
        value(item, indent, empty, b);
      }
    }
  }

  private static void value(Object v, String indent, String empty, StringBuilder b) throws Exception {
    if (v == null) {
      b.append(empty).append('\n');
    } else if (v instanceof Map<?, ?> m && !m.isEmpty() || v instanceof List<?> l && !l.isEmpty()) {
      b.append('\n');
      yaml(v, indent + "  ", empty, b);
    } else {
      b.append(' ').append(JSON.writeValueAsString(v)).append('\n');
    }
  }

  private static String refusedAt(String file, byte[] bytes, String path) {
    try {
      ScenarioLoader.parse(file, bytes);
      return path + " (" + file + "): an empty value was accepted";
    } catch (ScenarioException e) {
      boolean at = e.problems().stream().anyMatch(p -> path.equals(p.path()) && p.line() != null
          && p.message().contains("empty value"));
      return at ? null : path + " (" + file + "): not refused at its path as an empty value:\n" + e.getMessage();
    }
  }

  @Test
  void theFilesHoldEveryKeyOfTheFormat() throws Exception {
    Set<String> keys = new LinkedHashSet<>();
    for (String file : FILES) {
      assertNotNull(ScenarioLoader.parse(file, Fixtures.resourceAt(file)));
      collectKeys(everyKey(file), keys);
    }
    List<List<String>> lists = List.of(Validator.TOP_KEYS, Validator.GROUP_KEYS, Validator.ZONE_KEYS,
        Validator.TRAVEL_KEYS, Validator.SHUTTLE_KEYS, Validator.GUIDE_KEYS, Validator.SCHEDULE_KEYS,
        Validator.DAY_KEYS, Validator.LIMIT_KEYS, Validator.BLACKOUT_KEYS, Validator.TARGET_KEYS,
        Validator.DEMAND_KEYS, SeasonSection.SEASON_KEYS, SeasonSection.PHASE_KEYS, PlanSection.KEYS,
        PlanSection.COST_KEYS, PlanSection.RANGE_KEYS, PlanSection.DAY_KEYS, PlanStartsSection.WINDOW_KEYS,
        NodeReader.DISTRIBUTIONS, List.of("mean", "sd"),
        List.of("weekday", "weekend"));
    for (List<String> known : lists) {
      for (String k : known) {
        assertTrue(keys.contains(k), "every-key.yaml and every-key-days.yaml lack the key " + k);
      }
    }
  }

  private static void collectKeys(Object node, Set<String> keys) {
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        keys.add(String.valueOf(k));
        collectKeys(v, keys);
      });
    } else if (node instanceof List<?> l) {
      l.forEach(i -> collectKeys(i, keys));
    }
  }

  @Test
  void anEmptyValueIsRefusedAtEveryKeyAndListItem() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String file : FILES) {
      emptyEach(everyKey(file), failures);
    }
    assertEquals(List.of(), failures, String.join("\n\n", failures));
  }

  private static void emptyEach(Object tree, List<String> failures) throws Exception {
    List<String> paths = new ArrayList<>();
    walk(tree, "", null, paths);
    assertTrue(paths.size() > 150, "walked " + paths.size());
    for (String path : paths) {
      Object bad = emptied(tree, "", path);
      String f = refusedAt("e.json", JSON.writeValueAsBytes(bad), path);
      if (f != null) {
        failures.add(f);
      }
      for (String empty : YAML_EMPTY) {
        StringBuilder b = new StringBuilder();
        yaml(bad, "", empty, b);
        f = refusedAt("e.yaml", b.toString().getBytes(StandardCharsets.UTF_8), path);
        if (f != null) {
          failures.add(f + "\nwritten `key:" + empty + "`");
        }
      }
    }
  }
}
