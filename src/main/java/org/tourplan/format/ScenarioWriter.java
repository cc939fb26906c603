package org.tourplan.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.TravelTable;
import org.tourplan.scenario.Zone;

/**
 * Writes a scenario as a YAML file that {@link ScenarioLoader} reads back to the same scenario: every default
 * written out, times quoted, travel as the legs the file listed. Used for the planner's recommended file.
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
    StringBuilder out = new StringBuilder();
    for (String line : header.split("\n", -1)) {
      out.append(line.isEmpty() ? "#" : "# " + YamlComments.commentText(line)).append('\n');
    }
    try {
      out.append(YAML.writeValueAsString(tree(s)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
    return out.toString();
  }

  private static ObjectNode tree(Scenario s) {
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
    ObjectNode sh = root.putObject("shuttles");
    sh.put("vehicles", s.shuttles().vehicles());
    sh.put("seats", s.shuttles().seats());
    sh.set("boardMinutes", distribution(s.shuttles().boardMinutes()));
    sh.put("mode", s.shuttles().mode().name().toLowerCase(Locale.ROOT));
    sh.put("depot", s.shuttles().depot());
    ObjectNode gu = root.putObject("guides");
    gu.put("count", s.guides().count());
    gu.put("maxVisitorsPerGuide", s.guides().maxVisitorsPerGuide());
    root.set("schedule", schedule(s.schedule()));
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
      root.set("plan", plan(s.plan()));
    }
    return root;
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
    double[][] m = t.minutes();
    for (int i = 0; i < p.size(); i++) {
      for (int j = i + 1; j < p.size(); j++) {
        boolean there = Double.isFinite(m[i][j]);
        boolean back = Double.isFinite(m[j][i]);
        if (there && back && m[i][j] == m[j][i]) {
          legs.addObject().put("from", p.get(i)).put("to", p.get(j)).put("minutes", m[i][j]);
          continue;
        }
        if (there) {
          legs.addObject().put("from", p.get(i)).put("to", p.get(j)).put("minutes", m[i][j]).put("oneWay", true);
        }
        if (back) {
          legs.addObject().put("from", p.get(j)).put("to", p.get(i)).put("minutes", m[j][i]).put("oneWay", true);
        }
      }
    }
    return legs;
  }

  private static ObjectNode schedule(Schedule s) {
    ObjectNode o = YAML.createObjectNode();
    ObjectNode days = o.putObject("days");
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> times = s.days().get(d);
      if (times != null && !times.isEmpty()) {
        ArrayNode a = days.putArray(d.name().substring(0, 3));
        times.forEach(t -> a.add(t.toString()));
      }
    }
    ArrayNode closed = o.putArray("closed");
    s.closed().stream().sorted().forEach(d -> closed.add(d.toString()));
    ObjectNode extra = o.putObject("extra");
    for (Map.Entry<LocalDate, List<LocalTime>> e : s.extra().entrySet()) {
      ArrayNode a = extra.putArray(e.getKey().toString());
      e.getValue().forEach(t -> a.add(t.toString()));
    }
    return o;
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

  private static ObjectNode plan(PlanSpace p) {
    ObjectNode o = YAML.createObjectNode();
    if (p.dayTours() == null) {
      axis(o, "weekdayTours", p.weekdayTours());
      axis(o, "weekendTours", p.weekendTours());
    } else {
      ObjectNode days = o.putObject("dayTours");
      p.dayTours().forEach((d, a) -> axis(days, PlanSpace.dayName(d), a));
    }
    o.put("earliestStart", p.earliestStart().toString());
    o.put("latestStart", p.latestStart().toString());
    o.put("slotMinutes", p.slotMinutes());
    PlanSpace.Design design = p.design();
    o.put("starts", design.even() ? "even" : "designed");
    if (!design.forbidden().isEmpty()) {
      ArrayNode f = o.putArray("forbiddenStarts");
      design.forbidden().forEach(w -> f.addObject().put("from", w.from().toString()).put("to", w.to().toString()));
    }
    if (!design.fixed().isEmpty()) {
      if (design.fixed().size() == 1 && design.fixed().containsKey(PlanSpace.Design.ALL)) {
        ArrayNode f = o.putArray("fixedStarts");
        design.fixed().get(PlanSpace.Design.ALL).forEach(t -> f.add(t.toString()));
      } else {
        ObjectNode f = o.putObject("fixedStarts");
        for (PlanSpace.DayClass c : p.classes()) {
          List<java.time.LocalTime> kept = design.fixedFor(c.name());
          if (!kept.isEmpty()) {
            ArrayNode a = f.putArray(c.name());
            kept.forEach(t -> a.add(t.toString()));
          }
        }
      }
    }
    axis(o, "groupSize", p.groupSize());
    axis(o, "overbook", p.overbook());
    axis(o, "vehicles", p.vehicles());
    axis(o, "guides", p.guides());
    o.putObject("costs").put("perTour", p.costs().perTour()).put("perVehicleDay", p.costs().perVehicleDay())
        .put("perGuideDay", p.costs().perGuideDay()).put("weekendRate", p.costs().weekendRate())
        .put("currency", p.costs().currency());
    o.put("breachTolerance", p.breachTolerance());
    o.put("breachBound", p.breachBound());
    o.put("screenReplications", p.screenReplications());
    o.put("maxReplications", p.maxReplications());
    return o;
  }

  private static void axis(ObjectNode o, String key, List<Integer> values) {
    ArrayNode a = o.putArray(key);
    values.forEach(a::add);
  }

  private static void putIf(ObjectNode o, String key, Double v) {
    if (v != null) {
      o.put(key, v);
    }
  }
}
