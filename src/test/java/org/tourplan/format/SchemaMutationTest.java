package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Bounds;
import org.tourplan.testing.RandomScenarios;

/**
 * The schema and the loader agree on generated files, not only on a fixed list: every valid file of {@link
 * RandomScenarios} passes the schema; each of them broken in its shape or a range (a value beyond a bound of
 * {@link Bounds}, a wrong type, an unknown key, a blank or unprintable text), where the file has such a value, is
 * refused by both; and each pushed to the edge of a bound, or given a text the loader takes, passes the schema
 * whenever the loader accepts it. The schema once accepted 16 such files the loader refused (lognormal mean 0, plan
 * axes of 0 vehicles or 49 weekday tours, a partySize key 1,001, 1,441 start times, 1,001 blackouts, seed 2^64, a
 * blank currency, a name of only U+001C) and refused names the loader took (only U+00A0, U+FEFF or U+2007).
 */
class SchemaMutationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(FormatSchema.text());
  private static final int SEEDS = 300;

  /** One way to change a file: where (a key path, * for any zone), and the value (null: remove the key). */
  private record Mutation(String what, String path, JsonNode value) { }

  private static JsonNode n(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e18 ? F.numberNode((long) v) : F.numberNode(v);
  }

  private static JsonNode s(String v) {
    return F.textNode(v);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static JsonNode list(int n, JsonNode item) {
    ArrayNode a = F.arrayNode();
    for (int i = 0; i < n; i++) {
      a.add(item);
    }
    return a;
  }

  /** Values the loader refuses for their shape or range, from its own bounds. */
  static List<Mutation> bad() {
    List<Mutation> m = new ArrayList<>();
    for (JsonNode v : List.of(s(""), s(" \t"), s("\u001C"), s("\u00A0\u2007"), s("\uFEFF"), n(5))) {
      m.add(new Mutation("name " + v, "name", v));
    }
    m.add(new Mutation("seed 2^64", "seed", F.numberNode(BigInteger.ONE.shiftLeft(64))));
    m.add(new Mutation("seed 1e30", "seed", F.numberNode(new BigDecimal("1e30"))));
    m.add(new Mutation("seed 1.5", "seed", n(1.5)));
    range(m, "replications", 1, Bounds.REPLICATIONS, true);
    range(m, "group.size", 1, Bounds.GROUP_SIZE, true);
    m.add(new Mutation("partySize 0", "group.partySize", n(0)));
    m.add(new Mutation("partySize over", "group.partySize", n(Bounds.PARTY_SIZE + 1)));
    m.add(new Mutation("partySize key over", "group.partySize", parse("{\"1\": 1, \"" + (Bounds.PARTY_SIZE + 1)
        + "\": 1}")));
    m.add(new Mutation("partySize key 0", "group.partySize", parse("{\"0\": 1}")));
    m.add(new Mutation("partySize key 01", "group.partySize", parse("{\"01\": 1}")));
    m.add(new Mutation("partySize weight negative", "group.partySize", parse("{\"1\": -1}")));
    m.add(new Mutation("partySize weight over", "group.partySize", parse("{\"1\": 2e9}")));
    range(m, "group.noShowRate", 0, 1, false);
    range(m, "group.overbook", 0, Bounds.OVERBOOK, true);
    range(m, "group.maxSize", 1, Bounds.MAX_SIZE, true);
    range(m, "zones.*.capacity", 1, Bounds.CAPACITY, true);
    range(m, "zones.*.maxGroups", 1, Bounds.CAPACITY, true);
    range(m, "zones.*.headway", 0, Bounds.MINUTES, false);
    range(m, "zones.*.egressPerMinute", Bounds.EGRESS_MIN, Bounds.EGRESS_MAX, false);
    range(m, "zones.*.noiseDbA", Bounds.NOISE_MIN, Bounds.NOISE_MAX, false);
    m.add(new Mutation("floor text", "zones.*.floor", s("yes please")));
    m.add(new Mutation("zone unknown key", "zones.*.capacty", n(3)));
    for (String d : List.of("-1", "1441", "{\"lognormal\": {\"mean\": 0, \"sd\": 1}}", "{\"exponential\": {\"mean\": 0}}",
        "{\"triangular\": [1, 2]}", "{\"uniform\": [-1, 2]}", "{\"normal\": {\"mean\": -1, \"sd\": 1}}",
        "{\"normal\": {\"mean\": 1, \"sd\": 1441}}", "{\"gamma\": 3}", "{\"constant\": 1441}")) {
      m.add(new Mutation("dwell " + d, "zones.*.dwell", parse(d)));
      m.add(new Mutation("board " + d, "shuttles.boardMinutes", parse(d)));
    }
    range(m, "shuttles.vehicles", 1, Bounds.VEHICLES, true);
    range(m, "shuttles.seats", 1, Bounds.SEATS, true);
    range(m, "shuttles.planIterations", 1, Bounds.PLAN_ITERATIONS, true);
    m.add(new Mutation("mode Pooled", "shuttles.mode", s("Pooled")));
    range(m, "guides.count", 1, Bounds.GUIDES, true);
    range(m, "guides.maxVisitorsPerGuide", 1, Bounds.VISITORS_PER_GUIDE, true);
    m.add(new Mutation("1,441 start times", "schedule.days.MON", list(Bounds.TIMES_PER_DAY + 1, s("10:00"))));
    m.add(new Mutation("time 24:00", "schedule.days.MON", parse("[\"24:00\"]")));
    m.add(new Mutation("unknown day", "schedule.days.MONDAY", parse("[\"10:00\"]")));
    m.add(new Mutation("unknown schedule key", "schedule.extras", parse("{}")));
    for (String k : List.of("floorVisitors", "evacuationMinutes", "maxWaitMinutes", "maxTourMinutes",
        "noiseDosePercent", "turnedAway")) {
      range(m, "limits." + k, 0, Bounds.LIMIT, k.equals("turnedAway"));
    }
    m.add(new Mutation("1,001 blackouts", "limits.blackouts", list(Bounds.BLACKOUTS + 1,
        parse("{\"zones\": [], \"from\": \"10:00\", \"to\": \"11:00\"}"))));
    m.add(new Mutation("closeTime number", "limits.closeTime", n(600)));
    m.add(new Mutation("target 0", "target.visitorsPerMonth", n(0)));
    m.add(new Mutation("target over", "target.visitorsPerMonth", n(Bounds.AMOUNT * 2)));
    m.add(new Mutation("confidence 0", "target.confidence", n(0)));
    m.add(new Mutation("confidence over", "target.confidence", n(1.5)));
    m.add(new Mutation("unit persons", "target.unit", s("persons")));
    range(m, "demand.applicationsPerMonth", 1, Bounds.APPLICATIONS, false);
    range(m, "demand.growthPerMonth", Bounds.GROWTH_MIN, Bounds.GROWTH_MAX, false);
    range(m, "demand.reapplyRate", 0, 1, false);
    int[][] axes = {{0, Bounds.TOURS_A_DAY}, {0, Bounds.TOURS_A_DAY}, {1, Bounds.GROUP_SIZE}, {0, Bounds.OVERBOOK},
        {1, Bounds.VEHICLES}, {1, Bounds.GUIDES}};
    String[] axisKeys = {"weekdayTours", "weekendTours", "groupSize", "overbook", "vehicles", "guides"};
    for (int i = 0; i < axisKeys.length; i++) {
      String k = "plan." + axisKeys[i];
      int lo = axes[i][0];
      int hi = axes[i][1];
      if (lo > 0) {
        m.add(new Mutation(k + " " + (lo - 1), k, n(lo - 1)));
        m.add(new Mutation(k + " [" + (lo - 1) + "]", k, parse("[" + (lo - 1) + "]")));
        m.add(new Mutation(k + " from " + (lo - 1), k, parse("{\"from\": " + (lo - 1) + ", \"to\": " + lo + "}")));
      }
      m.add(new Mutation(k + " " + (hi + 1), k, n(hi + 1)));
      m.add(new Mutation(k + " to " + (hi + 1), k, parse("{\"from\": " + lo + ", \"to\": " + (hi + 1) + "}")));
      m.add(new Mutation(k + " 1,001 values", k, list(Bounds.AXIS_VALUES + 1, n(lo))));
      m.add(new Mutation(k + " step 0", k, parse("{\"from\": " + lo + ", \"to\": " + lo + ", \"step\": 0}")));
    }
    range(m, "plan.slotMinutes", 1, Bounds.MINUTES, true);
    for (String k : List.of("perTour", "perVehicleDay", "perGuideDay")) {
      range(m, "plan.costs." + k, 0, Bounds.AMOUNT, false);
    }
    m.add(new Mutation("weekendRate 0", "plan.costs.weekendRate", n(0)));
    m.add(new Mutation("weekendRate over", "plan.costs.weekendRate", n(Bounds.WEEKEND_RATE + 1)));
    for (JsonNode v : List.of(s(""), s("   "), s("\u00A0"), s("y".repeat(Bounds.CURRENCY_LENGTH + 1)),
        s("yu\u001B[31man"), s("\u202Eyuan"), s("a\u2028b"), s("a\uDB40\uDC01b"), n(5))) {
      m.add(new Mutation("currency " + v, "plan.costs.currency", v));
    }
    m.add(new Mutation("breachTolerance 1", "plan.breachTolerance", n(1)));
    m.add(new Mutation("breachBound 0", "plan.breachBound", n(0)));
    m.add(new Mutation("breachBound 1e-300", "plan.breachBound", n(1e-300)));
    m.add(new Mutation("breachBound 1", "plan.breachBound", n(1)));
    range(m, "plan.screenReplications", 1, Bounds.REPLICATIONS, true);
    m.add(new Mutation("unknown plan key", "plan.vehicels", n(2)));
    m.add(new Mutation("unknown top-level key", "replicatons", n(2)));
    m.add(new Mutation("zone id of 65", "zones." + "z".repeat(Bounds.ID_LENGTH + 1), parse("{\"capacity\": 10, "
        + "\"dwell\": 1}")));
    return m;
  }

  /** Below min and above max (and a fraction for an integer). */
  private static void range(List<Mutation> m, String path, double min, double max, boolean integer) {
    m.add(new Mutation(path + " below " + min, path, n(min - (integer ? 1 : Math.max(0.5, Math.abs(min) / 10)))));
    m.add(new Mutation(path + " above " + max, path, n(integer ? max + 1 : max + Math.max(0.5, max / 10))));
    if (integer) {
      m.add(new Mutation(path + " a fraction", path, n(min + 0.5)));
    }
    m.add(new Mutation(path + " as text", path, s(String.valueOf((long) min))));
  }

  /** Values at the edges of the bounds and texts the loader takes: the schema may refuse none the loader accepts. */
  static List<Mutation> edges() {
    List<Mutation> m = new ArrayList<>();
    for (JsonNode v : List.of(s("\u0085"), s("a"), s("\u200B"), s("总装"), s("\uD83D\uDE97"), s(" a "))) {
      m.add(new Mutation("name " + v, "name", v));
    }
    m.add(new Mutation("seed max", "seed", n(Long.MAX_VALUE)));
    m.add(new Mutation("seed min", "seed", F.numberNode(Long.MIN_VALUE)));
    m.add(new Mutation("replications 1", "replications", n(1)));
    m.add(new Mutation("partySize key 1000", "group.partySize", parse("{\"1\": 1, \"" + Bounds.PARTY_SIZE
        + "\": 0}")));
    m.add(new Mutation("noShowRate 1", "group.noShowRate", n(1)));
    m.add(new Mutation("headway a day", "zones.*.headway", n(Bounds.MINUTES)));
    m.add(new Mutation("egress least", "zones.*.egressPerMinute", n(Bounds.EGRESS_MIN)));
    m.add(new Mutation("noise least", "zones.*.noiseDbA", n(Bounds.NOISE_MIN)));
    m.add(new Mutation("lognormal least", "zones.*.dwell", parse("{\"lognormal\": {\"mean\": 1e-300, \"sd\": 1e-298}}")));
    m.add(new Mutation("1,440 start times", "schedule.days.MON", list(Bounds.TIMES_PER_DAY, s("10:00"))));
    m.add(new Mutation("limit 1e9", "limits.floorVisitors", n(Bounds.LIMIT)));
    m.add(new Mutation("confidence 1", "target.confidence", n(1)));
    m.add(new Mutation("growth least", "demand.growthPerMonth", n(Bounds.GROWTH_MIN)));
    m.add(new Mutation("weekdayTours 48", "plan.weekdayTours", n(Bounds.TOURS_A_DAY)));
    m.add(new Mutation("weekendTours 0..48", "plan.weekendTours", parse("{\"from\": 0, \"to\": 48, \"step\": 48}")));
    for (JsonNode v : List.of(s("\uD83D\uDCB4".repeat(Bounds.CURRENCY_LENGTH)), s("人民币元"), s(" yuan "), s("€"))) {
      m.add(new Mutation("currency " + v, "plan.costs.currency", v));
    }
    m.add(new Mutation("breachBound least", "plan.breachBound", n(Bounds.BREACH_BOUND_MIN)));
    m.add(new Mutation("zone id of 64", "zones." + "车".repeat(Bounds.ID_LENGTH), parse("{\"capacity\": 10, "
        + "\"dwell\": 1}")));
    return m;
  }

  /** The tree with {@code m} applied; null when the file has nothing where {@code m} would go. */
  private static ObjectNode mutated(ObjectNode root, Mutation m, Random r) {
    ObjectNode copy = root.deepCopy();
    String[] path = m.path().split("\\.");
    ObjectNode at = copy;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode next;
      if (path[i].equals("*")) {
        List<String> keys = new ArrayList<>();
        at.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
          return null;
        }
        next = at.get(keys.get(r.nextInt(keys.size())));
      } else {
        next = at.get(path[i]);
      }
      if (next == null && i > 0) {
        return null; // the file has no such section: nothing to change
      }
      if (next == null) {
        next = at.putObject(path[i]);
      }
      if (!(next instanceof ObjectNode o)) {
        return null;
      }
      at = o;
    }
    String leaf = path[path.length - 1];
    if (m.path().startsWith("plan.") && copy.get("plan") == null) {
      return null;
    }
    at.set(leaf, m.value());
    return copy;
  }

  private static boolean loads(ObjectNode tree) {
    try {
      ScenarioLoader.parse("m.json", JSON.writeValueAsBytes(tree));
      return true;
    } catch (ScenarioException e) {
      return false;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void generatedFilesAndTheirMutationsAgreeWithTheSchema() throws Exception {
    List<Mutation> bad = bad();
    List<Mutation> edges = edges();
    List<String> disagreements = new ArrayList<>();
    int refusedByBoth = 0;
    int acceptedByBoth = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      ObjectNode root = (ObjectNode) JSON.readTree(RandomScenarios.json(seed));
      if (!SCHEMA.validate(root).isEmpty()) {
        disagreements.add("seed " + seed + ": a valid file fails the schema: " + SCHEMA.validate(root));
        continue;
      }
      Random r = new Random(seed);
      for (Mutation m : pick(bad, r, 6)) {
        ObjectNode t = mutated(root, m, r);
        if (t == null) {
          continue;
        }
        if (loads(t)) {
          disagreements.add("seed " + seed + ", " + m.what() + ": the loader accepts it (not a shape or range "
              + "error: the test's table is wrong)");
        } else if (SCHEMA.validate(t).isEmpty()) {
          disagreements.add("seed " + seed + ", " + m.what() + ": the loader refuses it, the schema accepts it");
        } else {
          refusedByBoth++;
        }
      }
      for (Mutation m : pick(edges, r, 3)) {
        ObjectNode t = mutated(root, m, r);
        if (t != null && loads(t)) {
          if (!SCHEMA.validate(t).isEmpty()) {
            disagreements.add("seed " + seed + ", " + m.what() + ": the loader accepts it, the schema refuses it: "
                + SCHEMA.validate(t));
          } else {
            acceptedByBoth++;
          }
        }
      }
    }
    assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements:\n"
        + String.join("\n", disagreements.subList(0, Math.min(40, disagreements.size()))));
    assertTrue(refusedByBoth > SEEDS * 3, "refused by both: " + refusedByBoth);
    assertTrue(acceptedByBoth > SEEDS / 2, "accepted by both: " + acceptedByBoth);
  }

  /** {@code k} mutations drawn at random (over 300 seeds, each is drawn many times). */
  private static List<Mutation> pick(List<Mutation> all, Random r, int k) {
    List<Mutation> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(all.get(r.nextInt(all.size())));
    }
    return out;
  }

  @Test
  void everyBadValueOnTheBundledDefaultIsRefusedByBoth() throws Exception {
    ObjectNode base = (ObjectNode) JSON.valueToTree(new org.yaml.snakeyaml.Yaml(
        new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(
        java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/beijing-ev-tour.yaml"))));
    List<String> disagreements = new ArrayList<>();
    Random r = new Random(1);
    for (Mutation m : bad()) {
      ObjectNode t = mutated(base, m, r);
      if (t == null) {
        continue;
      }
      boolean l = loads(t);
      boolean s = SCHEMA.validate(t).isEmpty();
      if (l || s) {
        disagreements.add(m.what() + ": loader " + (l ? "accepts" : "refuses") + ", schema " + (s ? "accepts"
            : "refuses"));
      }
    }
    assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
  }
}
