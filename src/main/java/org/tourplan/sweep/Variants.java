package org.tourplan.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.format.Problem;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioException;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.format.ScenarioWriter;

/**
 * The grid of a sweep: every combination of the varied values (the first key outermost), each applied to the base
 * scenario by editing its YAML tree and validating the result with the loader. A combination that makes the file
 * invalid (three shuttles that cannot carry the largest admissible group, say) is a result, not an error: it becomes a
 * variant marked not valid with the loader's own reasons, shown beside the others and never simulated. Every variant keeps the base file's seed: they all
 * see the same random numbers (common random numbers), so differences between variants come from the settings,
 * not from chance.
 */
public final class Variants {
  /** Most variants in one sweep. */
  public static final int MAX_VARIANTS = 1000;

  private Variants() {
  }

  /**
   * Builds the grid.
   *
   * @throws IllegalArgumentException naming a bad key (one the file or the sweep does not have, given twice, too
   *                                  many variants); values that make the file invalid give invalid variants
   */
  public static List<Variant> grid(Scenario base, List<Vary> vary) {
    if (vary.isEmpty()) {
      throw new IllegalArgumentException("give at least one --vary KEY=VALUES, for example --vary group.size=16,20,24");
    }
    long total = 1;
    List<String> keys = new ArrayList<>();
    for (Vary v : vary) {
      if (keys.contains(v.key())) {
        throw new IllegalArgumentException("--vary " + v.key() + " is given twice; list all its values in one");
      }
      keys.add(v.key());
      List<String> p = v.path();
      if (p.get(0).equals("zones") && !base.zones().containsKey(p.get(1))) {
        throw new IllegalArgumentException("--vary " + v.key() + ": the file has no zone '" + p.get(1)
            + "'; its zones: " + String.join(", ", base.zones().keySet()));
      }
      total *= v.values().size();
      if (total > MAX_VARIANTS) {
        throw new IllegalArgumentException("--vary: more than " + MAX_VARIANTS + " variants; vary fewer values");
      }
    }
    ObjectNode tree = ScenarioWriter.tree(base);
    List<Variant> out = new ArrayList<>();
    int[] idx = new int[vary.size()];
    for (long n = 0; n < total; n++) {
      Map<String, String> settings = new LinkedHashMap<>();
      ObjectNode copy = tree.deepCopy();
      for (int k = 0; k < vary.size(); k++) {
        Vary v = vary.get(k);
        String value = v.values().get(idx[k]);
        settings.put(v.key(), value);
        set(copy, v.path(), value);
      }
      String label = label(settings);
      out.add(load(copy, label, Collections.unmodifiableMap(settings)));
      for (int k = vary.size() - 1; k >= 0; k--) {
        if (++idx[k] < vary.get(k).values().size()) {
          break;
        }
        idx[k] = 0;
      }
    }
    return List.copyOf(out);
  }

  /** "group.size=16, shuttles.vehicles=3". */
  static String label(Map<String, String> settings) {
    List<String> parts = new ArrayList<>();
    settings.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(", ", parts);
  }

  private static void set(ObjectNode root, List<String> path, String value) {
    ObjectNode node = root;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode child = node.get(path.get(i));
      node = child instanceof ObjectNode o ? o : node.putObject(path.get(i));
    }
    String leaf = path.get(path.size() - 1);
    if (value.contains(":")) {
      node.put(leaf, value);
    } else if (value.matches("-?\\d+")) {
      node.put(leaf, Long.parseLong(value));
    } else {
      node.put(leaf, new BigDecimal(value));
    }
  }

  private static Variant load(ObjectNode tree, String label, Map<String, String> settings) {
    // the writer's own YAML: zone ids with line separators stay quoted and escaped
    byte[] text = ScenarioWriter.yaml(tree, "sweep variant " + label).getBytes(StandardCharsets.UTF_8);
    try {
      return new Variant(label, settings, ScenarioLoader.parse("variant.yaml", text));
    } catch (ScenarioException e) {
      List<String> why = new ArrayList<>();
      for (Problem p : e.problems()) {
        why.add((p.path() == null || p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
      }
      if (why.isEmpty()) {
        why.add("not a valid scenario");
      }
      return Variant.invalid(label, settings, why);
    }
  }
}
