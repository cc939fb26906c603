package org.tourplan.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.TravelTable;
import org.tourplan.scenario.Zone;

/**
 * Writes a scenario as a YAML file that {@link ScenarioLoader} reads back to an EQUAL scenario: every key the loader
 * reads that the model holds (the season and its phases, demand, the plan section, shuttle planning, limits, ...),
 * times quoted, travel as the legs the file listed. It is the wire format: cluster units, sweep variants and the
 * planner's {@code recommended.yaml} are this text, so what is not written here is lost on the way (a property test
 * over random scenarios compares the loaded models component by component, so a key the loader learns and the writer
 * forgets fails it).
 *
 * <p>Defaults that follow other keys are left out where writing them would freeze them: {@code group.maxSize} when
 * the file left it to its default (it follows the planner's group sizes), a plan section the file did not have,
 * {@code planIterations} at its default (a file without it is written as before). {@code schedule.monthly}
 * is written as the extra dates it stands for. The timetables are {@link TimetableWriter}'s.
 */
public final class ScenarioWriter {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER) // every string value quoted: times must be
      .stringQuotingChecker(new KeyQuoting())
      .build());

  /**
   * Keys are quoted unless plainly safe: Jackson writes other keys unquoted, where NEL, U+2028 or U+2029 would
   * break the line and control characters cannot be written at all; quoted, they are escaped ({@code \L}).
   */
  private static final class KeyQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.\\- ]*");

    @Override
    public boolean needToQuoteName(String name) {
      return !SAFE.matcher(name).matches() || super.needToQuoteName(name);
    }
  }

  private ScenarioWriter() {
  }

  /** The scenario as YAML text, after a header of comment lines (each line of {@code header} gets "# "). */
  public static String yaml(Scenario s, String header) {
    return yaml(tree(s), header);
  }

  /**
   * A scenario tree (from {@link #tree}, perhaps edited, as a sweep edits its variants) as YAML text, after a header
   * of comment lines.
   */
  public static String yaml(ObjectNode tree, String header) {
    StringBuilder out = new StringBuilder();
    for (String line : header.split("\n", -1)) {
      // YAML ends a comment at NEL, U+2028 and U+2029 too: the rest of a name would become content
      out.append(line.isEmpty() ? "#" : "# " + line.replaceAll("[\\p{Cntrl}\u2028\u2029]", "?")).append('\n');
    }
    try {
      out.append(YAML.writeValueAsString(tree));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
    return out.toString();
  }

  /** The scenario as the tree of keys its file holds, in the order of docs/scenario-format.md. */
  public static ObjectNode tree(Scenario s) {
    ObjectNode root = YAML.createObjectNode();
    root.put("name", s.name());
    root.put("month", s.month().toString());
    root.put("seed", s.seed());
    root.put("replications", s.replications());
    ObjectNode group = root.putObject("group");
    Group g = s.group();
    group.put("size", g.size());
    ObjectNode party = group.putObject("partySize");
    g.partySize().forEach((size, weight) -> party.put(String.valueOf(size), weight));
    group.put("noShowRate", g.noShowRate());
    group.put("overbook", g.overbook());
    if (s.plan() == null || s.plan().maxSizeFromFile() != null) {
      group.put("maxSize", g.maxSize()); // else left to its default, which follows the planner's group sizes
    }
    ObjectNode zones = root.putObject("zones");
    for (Zone z : s.zones().values()) {
      ObjectNode zn = zones.putObject(z.id());
      zn.put("capacity", z.capacity());
      if (z.maxGroups() != Integer.MAX_VALUE) {
        zn.put("maxGroups", z.maxGroups());
      }
      zn.put("headway", z.headway());
      zn.set("dwell", distribution(z.dwell()));
      zn.put("floor", z.floor());
      if (z.egressPerMinute() != null) {
        zn.put("egressPerMinute", z.egressPerMinute());
      }
      if (z.noiseDbA() != null) {
        zn.put("noiseDbA", z.noiseDbA());
      }
    }
    ArrayNode route = root.putArray("route");
    s.route().forEach(route::add);
    root.put("returnTo", s.returnTo());
    root.set("travel", travel(s.travel()));
    root.set("shuttles", shuttles(s.shuttles()));
    ObjectNode gu = root.putObject("guides");
    gu.put("count", s.guides().count());
    gu.put("maxVisitorsPerGuide", s.guides().maxVisitorsPerGuide());
    root.set("schedule", TimetableWriter.topLevel(s, YAML.createObjectNode()));
    root.set("limits", limits(s.limits()));
    if (s.target() != null) {
      ObjectNode t = root.putObject("target");
      t.put("visitorsPerMonth", s.target().visitorsPerMonth());
      t.put("unit", s.target().unit().name().toLowerCase(Locale.ROOT));
      t.put("confidence", s.target().confidence());
    }
    if (s.demand() != null) {
      ObjectNode d = root.putObject("demand");
      d.put("applicationsPerMonth", s.demand().applicationsPerMonth());
      if (!s.demand().v1Only()) { // the v1.1 keys only when used: a v1 file is written as before
        d.put("growthPerMonth", s.demand().growthPerMonth());
        d.put("reapplyRate", s.demand().reapplyRate());
        d.put("preferencePoints", s.demand().preferencePoints());
      }
    }
    if (s.plan() != null && s.plan().written()) { // a file without one reads back as the same space
      root.set("plan", TimetableWriter.plan(s.plan(), YAML.createObjectNode()));
    }
    if (s.season() != null) {
      root.set("season", TimetableWriter.season(s.season(), YAML.createObjectNode()));
    }
    return root;
  }

  private static ObjectNode shuttles(Shuttles f) {
    ObjectNode sh = YAML.createObjectNode();
    sh.put("vehicles", f.vehicles());
    sh.put("seats", f.seats());
    sh.set("boardMinutes", distribution(f.boardMinutes()));
    sh.put("mode", f.mode().name().toLowerCase(Locale.ROOT));
    sh.put("depot", f.depot());
    if (f.planIterations() != Shuttles.DEFAULT_PLAN_ITERATIONS) { // a file that left it out is written as before
      sh.put("planIterations", f.planIterations());
    }
    return sh;
  }

  private static ObjectNode distribution(Distribution d) {
    ObjectNode o = YAML.createObjectNode();
    if (d instanceof Distribution.Constant c) {
      o.put("constant", c.value());
    } else if (d instanceof Distribution.Triangular t) {
      o.putArray("triangular").add(t.min()).add(t.mode()).add(t.max());
    } else if (d instanceof Distribution.Uniform u) {
      o.putArray("uniform").add(u.min()).add(u.max());
    } else if (d instanceof Distribution.Normal n) {
      o.putObject("normal").put("mean", n.mean()).put("sd", n.sd());
    } else if (d instanceof Distribution.LogNormal l) {
      o.putObject("lognormal").put("mean", l.mean()).put("sd", l.sd());
    } else if (d instanceof Distribution.Exponential e) {
      o.putObject("exponential").put("mean", e.mean());
    }
    return o;
  }

  /**
   * The legs the file listed, which solve to the same table; for a table built by hand, the legs of the solved
   * table: symmetric where both directions agree, one-way otherwise.
   */
  private static ArrayNode travel(TravelTable t) {
    ArrayNode legs = YAML.createArrayNode();
    if (t.legs() != null) {
      for (TravelTable.Leg leg : t.legs()) {
        ObjectNode o = legs.addObject().put("from", leg.from()).put("to", leg.to()).put("minutes", leg.minutes());
        if (leg.oneWay()) {
          o.put("oneWay", true);
        }
      }
      return legs;
    }
    List<String> p = t.places();
    for (int i = 0; i < p.size(); i++) {
      for (int j = i + 1; j < p.size(); j++) {
        double there = t.minutes(i, j);
        double back = t.minutes(j, i);
        if (Double.isFinite(there) && there == back) {
          legs.addObject().put("from", p.get(i)).put("to", p.get(j)).put("minutes", there);
          continue;
        }
        if (Double.isFinite(there)) {
          legs.addObject().put("from", p.get(i)).put("to", p.get(j)).put("minutes", there).put("oneWay", true);
        }
        if (Double.isFinite(back)) {
          legs.addObject().put("from", p.get(j)).put("to", p.get(i)).put("minutes", back).put("oneWay", true);
        }
      }
    }
    return legs;
  }

  private static ObjectNode limits(Limits l) {
    ObjectNode o = YAML.createObjectNode();
    putIf(o, "floorVisitors", l.floorVisitors());
    putIf(o, "evacuationMinutes", l.evacuationMinutes());
    putIf(o, "maxWaitMinutes", l.maxWaitMinutes());
    putIf(o, "maxTourMinutes", l.maxTourMinutes());
    if (l.closeTime() != null) {
      o.put("closeTime", l.closeTime().toString());
    }
    putIf(o, "noiseDosePercent", l.noiseDosePercent());
    ArrayNode b = o.putArray("blackouts");
    for (Limits.Blackout w : l.blackouts()) {
      ObjectNode bo = b.addObject();
      ArrayNode zs = bo.putArray("zones");
      w.zones().forEach(zs::add);
      bo.put("from", w.from().toString());
      bo.put("to", w.to().toString());
    }
    putIf(o, "turnedAway", l.turnedAway());
    return o;
  }

  private static void putIf(ObjectNode o, String key, Double v) {
    if (v != null) {
      o.put(key, v);
    }
  }
}
