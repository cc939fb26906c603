package org.tourplan.report.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.tourplan.plan.Candidate;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.SeasonPlan;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.Summary;
import org.tourplan.run.WaitingCheck;
import org.tourplan.scenario.Target;

/**
 * The season plan as JSON ({@code season-plan.json}): the goal, the season's group, fleet and guides, each phase's
 * timetable against the file's, every month's tours, cost, places, visitors, target, breach test, odds and wait, the
 * waiting goal, what the search did, and why no season works when none does. NaN is written as null.
 */
public final class SeasonPlanJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SeasonPlanJson() {
  }

  /** The season-plan.json bytes. */
  public static byte[] bytes(SeasonPlan p, SeasonResults chosen, SeasonResults current) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", p.base().name());
    root.put("from", p.base().season().from().toString());
    root.put("to", p.base().season().to().toString());
    root.put("seed", p.base().seed());
    root.put("replications", p.base().plan().maxReplications());
    root.put("breachBound", p.base().plan().breachBound());
    root.put("monthErrorOfConfirmation", p.alpha());
    root.put("currency", p.base().plan().costs().currency());
    root.put("planned", p.planned());
    num(root, "cost", p.cost());
    num(root, "currentCost", p.currentCost());
    if (p.planned()) {
      root.set("resources", resources(p.units().get(0).chosen().candidate()));
    } else {
      root.putNull("resources");
    }
    root.set("currentResources", resources(p.units().get(0).current()));
    ArrayNode units = root.putArray("phases");
    for (SeasonPlan.UnitPlan u : p.units()) {
      ObjectNode o = units.addObject();
      o.put("phase", u.phase());
      o.put("label", u.label());
      o.set("target", target(u.target()));
      o.put("current", u.current().pattern());
      o.put("currentStarts", u.current().startsText());
      if (u.chosen() != null) {
        o.put("timetable", u.chosen().candidate().pattern());
        o.put("starts", u.chosen().candidate().startsText());
        o.put("unchanged", u.unchanged());
      }
      o.put("timetablesJudged", u.judged());
      ObjectNode rej = o.putObject("rejectedBy");
      u.rejected().forEach((k, v) -> rej.put(k.name().toLowerCase(Locale.ROOT), v));
      ArrayNode months = o.putArray("months");
      for (SeasonPlan.MonthPlan m : u.months()) {
        months.add(month(m, chosen, current));
      }
      if (u.diagnosis() != null) {
        ObjectNode d = o.putObject("diagnosis");
        d.put("kind", u.diagnosis().kind());
        strings(d.putArray("binding"), u.diagnosis().binding());
        strings(d.putArray("fixes"), u.diagnosis().fixes());
      }
    }
    if (p.waiting() != null) {
      root.set("waiting", waiting(p.waiting()));
    } else {
      root.putNull("waiting");
    }
    if (current.waiting() != null) {
      root.set("currentWaiting", waiting(current.waiting()));
    }
    SeasonPlan.Effort w = p.effort();
    ObjectNode s = root.putObject("search");
    s.put("timetables", w.candidates());
    s.put("timetablesJudged", w.judged());
    s.put("seasonsInCostOrder", w.seasons());
    s.put("seasonsShortOfTheWaitingGoal", w.goalRejected());
    s.put("lotteryRuns", w.lotteryRuns());
    s.put("startListsJudged", w.lists());
    s.put("daysSimulated", w.days());
    s.put("monthsSimulated", w.fullMonths());
    s.put("monthsCountedFromCheckIns", w.countedMonths());
    if (p.infeasible() != null) {
      ObjectNode i = root.putObject("infeasible");
      i.put("kind", p.infeasible().kind());
      strings(i.putArray("binding"), p.infeasible().binding());
      strings(i.putArray("fixes"), p.infeasible().fixes());
    } else {
      root.putNull("infeasible");
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode month(SeasonPlan.MonthPlan m, SeasonResults chosen, SeasonResults current) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("month", m.month().toString());
    o.put("tours", m.tours());
    o.put("days", m.days());
    num(o, "cost", m.cost());
    o.put("places", m.places());
    o.put("currentTours", m.currentTours());
    num(o, "currentCost", m.currentCost());
    if (chosen != null) {
      SeasonResults.MonthResult r = chosen.months().stream().filter(x -> x.month().month().equals(m.month()))
          .findFirst().orElseThrow();
      Summary v = r.results().metric("visitorsPerMonth").summary();
      ObjectNode vi = o.putObject("visitors");
      num(vi, "mean", v.mean());
      num(vi, "ciLow", v.ciLow());
      num(vi, "ciHigh", v.ciHigh());
      o.put("targetProbability", r.results().target().probability());
      o.put("targetMet", r.results().target().met());
      if (chosen.lottery() != null) {
        LotteryResult.Month l = lottery(chosen.lottery(), m);
        num(o, "winProbability", l.winProbability().mean());
        num(o, "pool", l.pool().mean());
        if (l.cohortWinShareWithin() != null) {
          num(o, "winShareWithinGoal", l.cohortWinShareWithin().mean());
        }
      }
    }
    if (current.lottery() != null) {
      num(o, "currentWinProbability", lottery(current.lottery(), m).winProbability().mean());
    }
    if (m.target() != null) {
      o.put("targetProbabilityCounted", m.target().probability());
      o.put("monthsCounted", m.target().months());
    }
    Evaluation.Confirmation c = m.confirmation();
    if (c != null) {
      ObjectNode co = o.putObject("confirmation");
      co.put("firstReplication", c.first());
      co.put("months", c.months());
      co.put("monthsBreached", c.monthsBreached());
      co.put("estimate", c.estimate());
      co.put("ciLow", c.low());
      co.put("ciHigh", c.high());
      co.put("outcome", c.outcome().name().toLowerCase(Locale.ROOT));
      co.put("look", c.look());
      co.put("looks", c.looks());
    }
    return o;
  }

  private static LotteryResult.Month lottery(LotteryResult l, SeasonPlan.MonthPlan m) {
    return l.months().stream().filter(x -> x.month().equals(m.month())).findFirst().orElseThrow();
  }

  private static ObjectNode waiting(WaitingCheck w) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("share", w.goal().share());
    o.put("withinMonths", w.goal().withinMonths());
    o.put("from", w.goal().from().toString());
    o.put("met", w.met());
    ArrayNode a = o.putArray("months");
    for (WaitingCheck.Cohort c : w.cohorts()) {
      ObjectNode x = a.addObject();
      x.put("month", c.month().toString());
      x.put("newApplicants", c.newApplicants());
      num(x, "share", c.share());
      num(x, "ciLow", c.low());
      num(x, "ciHigh", c.high());
      x.put("met", c.met());
    }
    return o;
  }

  private static ObjectNode resources(Candidate c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("groupSize", c.groupSize());
    o.put("overbook", c.overbook());
    o.put("vehicles", c.vehicles());
    o.put("guides", c.guides());
    return o;
  }

  private static ObjectNode target(Target t) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("visitorsPerMonth", t.visitorsPerMonth());
    o.put("unit", t.unit().name().toLowerCase(Locale.ROOT));
    o.put("confidence", t.confidence());
    return o;
  }

  private static void strings(ArrayNode a, java.util.List<String> xs) {
    xs.forEach(a::add);
  }

  private static void num(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
