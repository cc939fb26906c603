package org.tourplan.format;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Text;

/**
 * The JSON Schema's bounds, generated from the loader's own table ({@link Bounds}, {@link Text#BLANK}): every range,
 * list length and text rule of {@code schema/scenario.schema.json} that the loader also checks is (re)written here
 * from the same constants, so the two cannot drift apart. {@code SchemaAgreementTest} fails when the shipped file
 * differs from what this gives, and rewrites it when run with {@code -Dtourplan.schema.write=true}:
 * {@code mvn -B -q test -Dtest=SchemaAgreementTest -Dtourplan.schema.write=true}.
 *
 * <p>The descriptions and the shape of the file stay as written by hand; only the keywords below are generated.
 * Rules between two values (a lognormal sd at most 100 x its mean, a season of at most 36 months, maxReplications at
 * least screenReplications) cannot be said in JSON Schema: they stay the loader's, as the format reference says.
 */
final class SchemaBounds {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private SchemaBounds() {
  }

  /** The schema text with every generated keyword written from the loader's table. */
  static String generate(String schema) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(schema);
    apply(root);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return JSON.writer(pp).writeValueAsString(root) + "\n";
  }

  static void apply(ObjectNode s) {
    ObjectNode p = obj(s, "/properties");
    ObjectNode name = obj(p, "/name");
    name.put("minLength", 1).put("pattern", visible()); // in place: the hand-written order stays
    ObjectNode seed = obj(p, "/seed");
    // a 64-bit long, said with exclusive bounds just outside it: with minimum/maximum at Long's own limits the
    // validator compares a huge number such as 1e30 as a long (clamped to the limit) and lets it through
    seed.remove(List.of("minimum", "maximum"));
    seed.set("exclusiveMinimum", F.numberNode(java.math.BigInteger.valueOf(Long.MIN_VALUE).subtract(
        java.math.BigInteger.ONE)));
    seed.set("exclusiveMaximum", F.numberNode(java.math.BigInteger.valueOf(Long.MAX_VALUE).add(
        java.math.BigInteger.ONE)));
    range(obj(p, "/replications"), 1, Bounds.REPLICATIONS);

    ObjectNode g = obj(p, "/group/properties");
    range(obj(g, "/size"), 1, Bounds.GROUP_SIZE);
    range(obj(g, "/partySize/oneOf/0"), 1, Bounds.PARTY_SIZE);
    ObjectNode weights = obj(g, "/partySize/oneOf/1");
    ((ObjectNode) weights.get("propertyNames")).put("pattern", wholeNumberUpTo(Bounds.PARTY_SIZE));
    range(obj(weights, "/additionalProperties"), 0, Bounds.PARTY_WEIGHT);
    range(obj(g, "/noShowRate"), 0, 1);
    range(obj(g, "/overbook"), 0, Bounds.OVERBOOK);
    range(obj(g, "/maxSize"), 1, Bounds.MAX_SIZE);

    ObjectNode zones = obj(p, "/zones");
    zones.put("minProperties", 1).put("maxProperties", Bounds.ZONES);
    ((ObjectNode) zones.get("propertyNames")).put("maxLength", Bounds.ID_LENGTH);
    obj(p, "/route").put("minItems", 1).put("maxItems", Bounds.ROUTE);
    obj(p, "/travel").put("maxItems", Bounds.LEGS);
    range(obj(p, "/travel/items/properties/minutes"), 0, Bounds.MINUTES);

    ObjectNode sh = obj(p, "/shuttles/properties");
    range(obj(sh, "/vehicles"), 1, Bounds.VEHICLES);
    range(obj(sh, "/seats"), 1, Bounds.SEATS);
    range(obj(sh, "/planIterations"), 1, Bounds.PLAN_ITERATIONS);
    range(obj(p, "/guides/properties/count"), 1, Bounds.GUIDES);
    range(obj(p, "/guides/properties/maxVisitorsPerGuide"), 1, Bounds.VISITORS_PER_GUIDE);

    ObjectNode limits = obj(p, "/limits/properties");
    for (String k : List.of("floorVisitors", "evacuationMinutes", "maxWaitMinutes", "maxTourMinutes",
        "noiseDosePercent", "turnedAway")) {
      range(obj(limits, "/" + k), 0, Bounds.LIMIT);
    }
    obj(limits, "/blackouts").put("maxItems", Bounds.BLACKOUTS);
    obj(limits, "/blackouts/items/properties/zones").put("minItems", 1);

    ObjectNode t = obj(p, "/target/properties");
    above(obj(t, "/visitorsPerMonth"), 0, Bounds.AMOUNT);
    above(obj(t, "/confidence"), 0, 1);
    ObjectNode d = obj(p, "/demand/properties");
    range(obj(d, "/applicationsPerMonth"), 1, Bounds.APPLICATIONS);
    range(obj(d, "/growthPerMonth"), Bounds.GROWTH_MIN, Bounds.GROWTH_MAX);
    range(obj(d, "/reapplyRate"), 0, 1);

    ObjectNode plan = obj(p, "/plan/properties");
    axis(plan, "weekdayTours", 0, Bounds.TOURS_A_DAY);
    axis(plan, "weekendTours", 0, Bounds.TOURS_A_DAY);
    ObjectNode days = obj(plan, "/dayTours/properties");
    for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
      axis(days, day, 0, Bounds.TOURS_A_DAY);
    }
    axis(plan, "groupSize", 1, Bounds.GROUP_SIZE);
    axis(plan, "overbook", 0, Bounds.OVERBOOK);
    axis(plan, "vehicles", 1, Bounds.VEHICLES);
    axis(plan, "guides", 1, Bounds.GUIDES);
    range(obj(plan, "/slotMinutes"), 1, Bounds.MINUTES);
    ObjectNode costs = obj(plan, "/costs/properties");
    for (String k : List.of("perTour", "perVehicleDay", "perGuideDay")) {
      range(obj(costs, "/" + k), 0, Bounds.AMOUNT);
    }
    above(obj(costs, "/weekendRate"), 0, Bounds.WEEKEND_RATE);
    ObjectNode currency = obj(costs, "/currency");
    currency.remove("pattern");
    currency.put("minLength", 1).put("maxLength", Bounds.CURRENCY_LENGTH);
    ArrayNode rules = currency.putArray("allOf");
    rules.addObject().put("pattern", visible());
    rules.addObject().put("pattern", "^" + without(SchemaBounds::unprintable) + "*$");
    ObjectNode tolerance = obj(plan, "/breachTolerance");
    tolerance.remove(List.of("maximum", "exclusiveMinimum"));
    tolerance.put("minimum", 0).put("exclusiveMaximum", 1);
    ObjectNode bound = obj(plan, "/breachBound");
    bound.remove(List.of("maximum", "exclusiveMinimum"));
    bound.set("minimum", number(Bounds.BREACH_BOUND_MIN));
    bound.put("exclusiveMaximum", 1);
    range(obj(plan, "/screenReplications"), 2, Bounds.REPLICATIONS);
    range(obj(plan, "/maxReplications"), 1, Bounds.REPLICATIONS);

    ObjectNode defs = obj(s, "/$defs");
    defs.remove("axis"); // each axis has its own bounds now
    obj(defs, "/times").put("maxItems", Bounds.TIMES_PER_DAY);
    ObjectNode zone = obj(defs, "/zone/properties");
    range(obj(zone, "/capacity"), 1, Bounds.CAPACITY);
    range(obj(zone, "/maxGroups"), 1, Bounds.CAPACITY);
    range(obj(zone, "/headway"), 0, Bounds.MINUTES);
    range(obj(zone, "/egressPerMinute"), Bounds.EGRESS_MIN, Bounds.EGRESS_MAX);
    range(obj(zone, "/noiseDbA"), Bounds.NOISE_MIN, Bounds.NOISE_MAX);
    ObjectNode dur = obj(defs, "/duration");
    range(obj(dur, "/oneOf/0"), 0, Bounds.MINUTES);
    range(obj(dur, "/oneOf/1/properties/constant"), 0, Bounds.MINUTES);
    range(obj(dur, "/oneOf/2/properties/triangular/items"), 0, Bounds.MINUTES);
    range(obj(dur, "/oneOf/3/properties/uniform/items"), 0, Bounds.MINUTES);
    above(obj(dur, "/oneOf/6/properties/exponential/properties/mean"), 0, Bounds.MINUTES);
    ObjectNode normal = obj(defs, "/meanSd/properties");
    range(obj(normal, "/mean"), 0, Bounds.MINUTES);
    range(obj(normal, "/sd"), 0, Bounds.MINUTES);
    // the lognormal's mean is above 0 (the normal's may be 0): a def of its own
    ObjectNode lognormal = obj(defs, "/meanSd").deepCopy();
    above((ObjectNode) lognormal.at("/properties/mean"), 0, Bounds.MINUTES);
    lognormal.put("description", "The mean (above 0) and sd of the variable itself; sd at most 100 x the mean "
        + "(checked by the loader).");
    defs.set("lognormalMeanSd", lognormal);
    ((ObjectNode) dur.at("/oneOf/5/properties/lognormal")).put("$ref", "#/$defs/lognormalMeanSd");
  }

  private static ObjectNode obj(ObjectNode from, String pointer) {
    JsonNode n = from.at(pointer);
    if (!(n instanceof ObjectNode o)) {
      throw new IllegalStateException("the schema has no object at " + pointer);
    }
    return o;
  }

  private static JsonNode number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e18) {
      return F.numberNode((long) v);
    }
    return F.numberNode(new BigDecimal(Double.toString(v)).stripTrailingZeros());
  }

  /** From min to max, both included. */
  private static void range(ObjectNode n, double min, double max) {
    n.remove(List.of("exclusiveMinimum", "exclusiveMaximum"));
    n.set("minimum", number(min));
    n.set("maximum", number(max));
  }

  /** Above min, up to max included. */
  private static void above(ObjectNode n, double min, double max) {
    n.remove(List.of("minimum", "exclusiveMaximum"));
    n.set("exclusiveMinimum", number(min));
    n.set("maximum", number(max));
  }

  /** A plan axis: one integer, a list of at most {@link Bounds#AXIS_VALUES}, or a range, every value in [min, max]. */
  private static void axis(ObjectNode plan, String key, int min, int max) {
    ObjectNode a = F.objectNode();
    a.put("description", String.format(Locale.ROOT, "Values to try: a whole number, a list of them (at most %,d), "
        + "or a range { from, to, step }; each from %,d to %,d.", Bounds.AXIS_VALUES, min, max));
    ArrayNode one = a.putArray("oneOf");
    ObjectNode single = one.addObject().put("type", "integer");
    range(single, min, max);
    ObjectNode list = one.addObject().put("type", "array").put("minItems", 1).put("maxItems", Bounds.AXIS_VALUES);
    range(list.putObject("items").put("type", "integer"), min, max);
    ObjectNode span = one.addObject().put("type", "object").put("additionalProperties", false);
    span.putArray("required").add("from").add("to");
    ObjectNode props = span.putObject("properties");
    range(props.putObject("from").put("type", "integer"), min, max);
    range(props.putObject("to").put("type", "integer"), min, max);
    range(props.putObject("step").put("type", "integer"), 1, Math.max(1, max));
    plan.set(key, a);
  }

  /** A whole number from 1 to {@code max} (a power of ten), written without sign or leading zeros. */
  static String wholeNumberUpTo(int max) {
    int digits = Integer.toString(max).length();
    if (max != (int) Math.pow(10, digits - 1)) {
      throw new IllegalStateException("write the pattern for " + max + " (only powers of ten are generated)");
    }
    return "^([1-9][0-9]{0," + (digits - 2) + "}|" + max + ")$";
  }

  /** At least one character that is not {@link Text#BLANK}. */
  static String visible() {
    return without(c -> {
      for (int[] r : Text.BLANK) {
        if (c >= r[0] && c <= r[1]) {
          return true;
        }
      }
      return false;
    });
  }

  /** Control, formatting and line-separating characters: what a currency may not hold (the loader's rule). */
  static boolean unprintable(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** A character class of every code point {@code excluded} leaves out, as ranges. */
  private static String without(IntPredicate excluded) {
    List<int[]> ranges = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (excluded.test(c)) {
        int start = c;
        while (c + 1 <= Character.MAX_CODE_POINT && excluded.test(c + 1)) {
          c++;
        }
        ranges.add(new int[] {start, c});
      }
    }
    StringBuilder b = new StringBuilder("[^");
    for (int[] r : ranges) {
      b.append(escape(r[0]));
      if (r[1] > r[0]) {
        b.append(r[1] > r[0] + 1 ? "-" : "").append(escape(r[1]));
      }
    }
    return b.append(']').toString();
  }

  /** A code point in a regular expression: itself for letters and digits, else a JSON-safe \\uXXXX escape. */
  private static String escape(int c) {
    if (c < 0x10000) {
      return String.format(Locale.ROOT, "\\u%04X", c);
    }
    return new String(Character.toChars(c)); // JSON writes the surrogate pair escaped; a regex reads one character
  }
}
