package org.tourplan.report.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.tourplan.plan.Candidate;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.PlanResult;

/** The plan as JSON (plan.json): recommendation, runners-up, frontier, rejected cheaper candidates, search effort. */
public final class PlanJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {
  }

  /** The plan.json bytes. */
  public static byte[] bytes(PlanResult p) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", p.base().name());
    root.put("month", p.base().month().toString());
    root.put("seed", p.base().seed());
    ObjectNode t = root.putObject("target");
    t.put("visitorsPerMonth", p.base().target().visitorsPerMonth());
    t.put("unit", p.base().target().unit().name().toLowerCase(Locale.ROOT));
    t.put("confidence", p.base().target().confidence());
    root.put("breachTolerance", p.base().plan().breachTolerance());
    root.put("breachBound", p.base().plan().breachBound());
    root.put("currency", p.base().plan().costs().currency());
    root.put("weekendRate", p.base().plan().costs().weekendRate());
    if (p.recommended() == null) {
      root.putNull("recommended");
    } else {
      root.set("recommended", evaluation(p.recommended()));
    }
    root.set("current", evaluation(p.current()));
    root.set("tiedWithRecommended", list(p.tied()));
    if (p.tieBrokenBy() == null) {
      root.putNull("tieBrokenBy");
    } else {
      root.put("tieBrokenBy", p.tieBrokenBy());
    }
    root.set("notConfirmed", list(p.unconfirmed()));
    root.set("runnersUp", list(p.runnersUp()));
    root.set("frontier", list(p.frontier()));
    root.set("rejectedCheaper", list(p.rejectedCheaper()));
    ObjectNode s = root.putObject("search");
    PlanResult.Effort w = p.effort();
    s.put("candidates", w.candidates());
    s.put("frames", w.frames());
    s.put("examined", w.examined());
    s.put("startListsJudged", w.lists());
    s.put("daysSimulated", w.days());
    s.put("monthsSimulated", w.fullMonths());
    s.put("confirmationMonths", w.confirmMonths());
    s.put("monthsCountedFromCheckIns", w.countedMonths());
    s.put("gridSearchMonths", w.gridMonths());
    s.put("startTimes", p.base().plan().design().even() ? "even" : "designed");
    if (p.diagnosis() == null) {
      root.putNull("diagnosis");
    } else {
      ObjectNode d = root.putObject("diagnosis");
      d.put("kind", p.diagnosis().kind());
      ArrayNode b = d.putArray("binding");
      p.diagnosis().binding().forEach(b::add);
      ArrayNode f = d.putArray("fixes");
      p.diagnosis().fixes().forEach(f::add);
      ArrayNode m = d.putArray("nearMisses");
      for (org.tourplan.plan.Diagnosis.NearMiss n : p.diagnosis().nearMisses()) {
        ObjectNode o = evaluation(n.evaluation());
        o.put("check", n.check());
        o.put("miss", n.miss());
        m.add(o);
      }
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ArrayNode list(List<Evaluation> es) {
    ArrayNode a = MAPPER.createArrayNode();
    es.forEach(e -> a.add(evaluation(e)));
    return a;
  }

  static ObjectNode evaluation(Evaluation e) {
    ObjectNode o = MAPPER.createObjectNode();
    Candidate c = e.candidate();
    o.put("timetable", c.pattern());
    ObjectNode starts = o.putObject("starts");
    c.starts().forEach((d, t) -> {
      ArrayNode a = starts.putArray(org.tourplan.scenario.PlanSpace.dayName(d));
      t.forEach(x -> a.add(x.toString()));
    });
    ArrayNode week = o.putArray("week");
    c.week().forEach(week::add);
    o.put("weekdayTours", c.weekdayTours());
    o.put("weekendTours", c.weekendTours());
    o.put("groupSize", c.groupSize());
    o.put("overbook", c.overbook());
    o.put("vehicles", c.vehicles());
    o.put("guides", c.guides());
    o.put("toursPerMonth", e.tours());
    o.put("daysWithTours", e.days());
    o.put("cost", e.cost());
    o.put("status", e.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    o.put("reason", e.reason());
    ArrayNode fails = o.putArray("failures");
    e.failures().forEach(fails::add);
    if (e.target() != null) {
      ObjectNode t = o.putObject("target");
      t.put("months", e.target().months());
      t.put("monthsMet", e.target().monthsMet());
      t.put("probability", e.target().probability());
      t.putArray("ci95").add(e.target().low()).add(e.target().high());
      t.put("visitorsMean", e.target().visitorsMean());
      t.putArray("visitorsCi95").add(e.target().visitorsLow()).add(e.target().visitorsHigh());
      t.put("placesMean", e.target().placesMean());
      t.put("turnedAwayMean", e.target().turnedAwayMean());
    }
    if (e.safety() != null) {
      ObjectNode s = o.putObject("safety");
      s.put("months", e.safety().months());
      s.put("monthsBreached", e.safety().monthsBreached());
      ObjectNode by = s.putObject("byLimit");
      e.safety().byLimit().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(x -> by.put(x.getKey(), x.getValue()));
      s.putArray("breachCi95").add(e.safety().low()).add(e.safety().high());
    }
    if (e.screening() != null) {
      ObjectNode sc = o.putObject("screening");
      sc.put("monthBreachEstimate", e.screening().breach());
      sc.putArray("monthBreachCi95").add(e.screening().low()).add(e.screening().high());
      ArrayNode kinds = sc.putArray("kindsOfDay");
      for (Evaluation.DayKind k : e.screening().kinds()) {
        ObjectNode x = kinds.addObject();
        x.put("name", k.name());
        ArrayNode st = x.putArray("starts");
        k.starts().forEach(t -> st.add(t.toString()));
        x.put("dates", k.dates());
        x.put("daysSimulated", k.days());
        x.put("daysBreached", k.breached());
        ObjectNode by = x.putObject("byLimit");
        k.byLimit().forEach(by::put);
        x.put("designed", k.designed());
        x.put("listsJudged", k.lists());
        ObjectNode out = x.putObject("ruledOut");
        k.ruledOut().forEach((t, why) -> out.put(t.toString(), why));
      }
    }
    Evaluation.Confirmation conf = e.confirmation();
    if (conf != null) {
      ObjectNode k = o.putObject("confirmation");
      k.put("firstReplication", conf.first());
      k.put("months", conf.months());
      k.put("monthsBreached", conf.monthsBreached());
      ObjectNode by = k.putObject("byLimit");
      conf.byLimit().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(x -> by.put(x.getKey(), x.getValue()));
      k.put("breachEstimate", conf.estimate());
      k.putArray("breachCi95").add(conf.low()).add(conf.high());
      k.put("method", "group-sequential test, exact Clopper-Pearson bounds, 5% error each way");
      k.put("bound", conf.bound());
      k.put("outcome", conf.outcome().name().toLowerCase(Locale.ROOT));
      k.put("look", conf.look());
      k.put("looks", conf.looks());
      k.put("passed", conf.passed());
    }
    return o;
  }
}
