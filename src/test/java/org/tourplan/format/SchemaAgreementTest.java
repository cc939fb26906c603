package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The shipped JSON Schema and the loader agree: every bundled scenario is valid under both, every key the loader
 * accepts is in the schema and every key of the schema is one the loader accepts, and files the loader refuses for
 * their shape (an unknown key, a wrong type, a value out of range) the schema refuses too.
 */
class SchemaAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(FormatSchema.text());

  /**
   * The least {@code plan.breachBound} is one value in the loader, the schema and the format reference: every line
   * of the reference that gives the bound a number gives the loader's (a bounds table once said 0.000003 while the
   * loader refused everything below 0.0000036).
   */
  @Test
  void theLeastBreachBoundIsTheLoadersInTheSchemaAndTheFormatReference() throws Exception {
    String least = new java.math.BigDecimal(org.tourplan.scenario.Bounds.BREACH_BOUND_MIN).round(
        new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    assertEquals("0.0000036", least);
    JsonNode schema = new ObjectMapper().readTree(Path.of("schema/scenario.schema.json").toFile());
    assertEquals(org.tourplan.scenario.Bounds.BREACH_BOUND_MIN,
        schema.findParent("breachBound").get("breachBound").get("minimum").asDouble());
    int lines = 0;
    for (String line : Files.readAllLines(Path.of("docs/scenario-format.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("| `plan.breachBound`")) {
        lines++;
        assertTrue(line.matches(".*\\b" + java.util.regex.Pattern.quote(least) + "\\b.*")
            && !line.matches(".*\\b0\\.0+3\\b.*"), line);
      }
    }
    assertTrue(lines >= 2, "the key table and the bounds tables: " + lines);
  }

  @Test
  void theShippedSchemaIsTheRepositorysFile() throws Exception {
    assertEquals(Files.readString(Path.of("schema/scenario.schema.json"), StandardCharsets.UTF_8),
        FormatSchema.text(), "the jar must carry schema/scenario.schema.json unchanged");
  }

  /**
   * Every bound the schema states is generated from the loader's table ({@link SchemaBounds}): the shipped file is
   * what the generator makes of it. Run with {@code -Dtourplan.schema.write=true} to write it.
   */
  @Test
  void theSchemasBoundsAreTheLoadersTable() throws Exception {
    Path file = Path.of("schema/scenario.schema.json");
    String shipped = Files.readString(file, StandardCharsets.UTF_8);
    String generated = SchemaBounds.generate(shipped);
    if (Boolean.getBoolean("tourplan.schema.write") && !generated.equals(shipped)) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      shipped = generated;
    }
    assertEquals(generated, shipped, "schema/scenario.schema.json has bounds that are not the loader's: run "
        + "mvn -B -q test -Dtest=SchemaAgreementTest -Dtourplan.schema.write=true, and look at the difference");
  }

  @Test
  void everyBundledScenarioIsValidUnderBoth() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      ScenarioLoader.load(f);
      List<Error> errors = SCHEMA.validate(tree(Files.readString(f, StandardCharsets.UTF_8)));
      assertTrue(errors.isEmpty(), f + " fails the schema: " + errors);
    }
  }

  @Test
  void theSchemaHasExactlyTheKeysTheLoaderAccepts() throws Exception {
    JsonNode s = JSON.readTree(FormatSchema.text());
    Map<String, List<String>> loader = new LinkedHashMap<>();
    loader.put("/properties", Validator.TOP_KEYS);
    loader.put("/properties/group/properties", Validator.GROUP_KEYS);
    loader.put("/$defs/zone/properties", Validator.ZONE_KEYS);
    loader.put("/properties/travel/items/properties", Validator.TRAVEL_KEYS);
    loader.put("/properties/shuttles/properties", Validator.SHUTTLE_KEYS);
    loader.put("/properties/guides/properties", Validator.GUIDE_KEYS);
    loader.put("/$defs/schedule/properties", Validator.SCHEDULE_KEYS);
    loader.put("/$defs/schedule/properties/days/properties", Validator.DAY_KEYS);
    loader.put("/properties/limits/properties", Validator.LIMIT_KEYS);
    loader.put("/properties/limits/properties/blackouts/items/properties", Validator.BLACKOUT_KEYS);
    loader.put("/properties/target/properties", Validator.TARGET_KEYS);
    loader.put("/properties/demand/properties", Validator.DEMAND_KEYS);
    loader.put("/properties/season/properties", SeasonSection.SEASON_KEYS);
    loader.put("/properties/season/properties/phases/items/properties", SeasonSection.PHASE_KEYS);
    loader.put("/properties/plan/properties", PlanSection.KEYS);
    loader.put("/properties/plan/properties/costs/properties", PlanSection.COST_KEYS);
    for (String axis : List.of("weekdayTours", "weekendTours", "groupSize", "overbook", "vehicles", "guides")) {
      loader.put("/properties/plan/properties/" + axis + "/oneOf/2/properties", PlanSection.RANGE_KEYS);
    }
    loader.put("/properties/plan/properties/dayTours/properties", PlanSection.DAY_KEYS);
    for (String day : PlanSection.DAY_KEYS) {
      loader.put("/properties/plan/properties/dayTours/properties/" + day + "/oneOf/2/properties",
          PlanSection.RANGE_KEYS);
    }
    loader.put("/properties/plan/properties/forbiddenStarts/items/properties", PlanStartsSection.WINDOW_KEYS);
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : loader.entrySet()) {
      JsonNode props = s.at(e.getKey());
      assertTrue(props.isObject(), "schema has no " + e.getKey());
      TreeSet<String> inSchema = new TreeSet<>();
      props.fieldNames().forEachRemaining(inSchema::add);
      TreeSet<String> inLoader = new TreeSet<>(e.getValue());
      if (!inSchema.equals(inLoader)) {
        TreeSet<String> missing = new TreeSet<>(inLoader);
        missing.removeAll(inSchema);
        TreeSet<String> extra = new TreeSet<>(inSchema);
        extra.removeAll(inLoader);
        mismatches.add(e.getKey() + ": loader-only " + missing + ", schema-only " + extra);
      }
    }
    TreeSet<String> distributions = new TreeSet<>();
    for (JsonNode alt : s.at("/$defs/duration/oneOf")) {
      alt.path("properties").fieldNames().forEachRemaining(distributions::add);
    }
    if (!distributions.equals(new TreeSet<>(NodeReader.DISTRIBUTIONS))) {
      mismatches.add("distributions: schema " + distributions + ", loader " + NodeReader.DISTRIBUTIONS);
    }
    if (!mismatches.isEmpty()) {
      fail("schema/scenario.schema.json and the loader disagree (a key the loader accepts must be in the schema, "
          + "with its type, range and description, and the reverse):\n  " + String.join("\n  ", mismatches));
    }
  }

  @Test
  void filesTheLoaderRefusesForShapeTheSchemaRefusesToo() throws Exception {
    String base = Files.readString(Path.of("scenarios/beijing-ev-tour.yaml"), StandardCharsets.UTF_8);
    Map<String, Consumer<ObjectNode>> bad = new LinkedHashMap<>();
    bad.put("unknown top-level key", r -> r.put("replicatons", 10));
    bad.put("unknown group key", r -> obj(r, "group").put("sizes", 20));
    bad.put("unknown zone key", r -> obj(obj(r, "zones"), "line-1").put("capacty", 20));
    bad.put("unknown shuttle key", r -> obj(r, "shuttles").put("seat", 13));
    bad.put("unknown limit key", r -> obj(r, "limits").put("floorVisitor", 10));
    bad.put("unknown distribution", r -> obj(obj(r, "zones"), "line-1").putObject("dwell").put("gamma", 3));
    bad.put("unknown day", r -> obj(obj(r, "schedule"), "days").putArray("MONDAY").add("10:00"));
    bad.put("text for a number", r -> obj(r, "group").put("size", "twenty"));
    bad.put("decimal for an integer", r -> obj(obj(r, "zones"), "line-2").put("capacity", 20.5));
    bad.put("number for a time", r -> obj(r, "limits").put("closeTime", 1800));
    bad.put("text for a list", r -> r.put("route", "showroom"));
    bad.put("unknown shuttle mode", r -> obj(r, "shuttles").put("mode", "Pooled"));
    bad.put("bad time", r -> obj(r, "limits").put("closeTime", "24:00"));
    bad.put("bad month", r -> r.put("month", "2025-13"));
    bad.put("no-show rate above 1", r -> obj(r, "group").put("noShowRate", 1.5));
    bad.put("group size 0", r -> obj(r, "group").put("size", 0));
    bad.put("negative capacity", r -> obj(obj(r, "zones"), "line-1").put("capacity", -1));
    bad.put("negative dwell", r -> obj(obj(r, "zones"), "line-1").put("dwell", -3));
    bad.put("confidence above 1", r -> obj(r, "target").put("confidence", 2));
    bad.put("too many jsprit iterations", r -> obj(r, "shuttles").put("planIterations", 200_000));
    bad.put("group size above its bound", r -> obj(r, "group").put("size", 10_001));
    bad.put("vehicles above their bound", r -> obj(r, "shuttles").put("vehicles", 1_900_000_000));
    bad.put("dwell longer than a day", r -> obj(obj(r, "zones"), "line-1").put("dwell", 1e308));
    bad.put("replications above their bound", r -> r.put("replications", 2_000_000_000));
    bad.put("missing required key", r -> r.remove("guides"));
    bad.put("bad party size key", r -> obj(r, "group").putObject("partySize").put("two", 1.0));
    bad.put("reapply rate above 1", r -> obj(r, "demand").put("reapplyRate", 1.5));
    bad.put("unknown season key", r -> r.putObject("season").put("from", "2025-01").put("to", "2025-02")
        .put("phase", 1));
    bad.put("bad monthly day", r -> obj(r, "schedule").putObject("monthly").putArray("first SAT").add("10:00"));
    for (Map.Entry<String, Consumer<ObjectNode>> e : bad.entrySet()) {
      ObjectNode root = (ObjectNode) tree(base);
      e.getValue().accept(root);
      byte[] json = JSON.writeValueAsBytes(root);
      assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("bad.json", json),
          e.getKey() + ": the loader should refuse it");
      assertFalse(SCHEMA.validate(root).isEmpty(), e.getKey() + ": the schema should refuse it");
    }
  }

  @Test
  void theSchemaSaysWhatEachTopLevelKeyIs() throws Exception {
    JsonNode props = JSON.readTree(FormatSchema.text()).at("/properties");
    for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode p = props.get(key);
      assertTrue(p.has("description") || p.has("$ref") || key.equals("schedule"),
          key + " has no description for the editor to show");
    }
  }

  private static ObjectNode obj(ObjectNode parent, String key) {
    return (ObjectNode) parent.get(key);
  }

  /** A YAML text as a JSON tree, aliases resolved the way SnakeYAML composes them. */
  private static JsonNode tree(String yaml) {
    Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return JSON.valueToTree(data);
  }
}
