package org.tourplan.report.results;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tourplan.run.LotteryResult;

/**
 * The {@code lottery} object of the results files (contract 4.2-4.3): every 4.2 figure as a 2.7 summary and
 * {@code months.<YYYY-MM>.{pool, invitations, winners, winProbability}}; plus, as added keys, the demand
 * parameters, each month's {@code newApplicants} and {@code cohortWinShare} (share of that month's new applicants
 * who win within the horizon) and {@code drawsToWin} (share of winners who won at draw 1, 2, ...).
 */
public final class LotteryJson {
  private LotteryJson() {
  }

  /** The lottery object. */
  public static ObjectNode tree(LotteryResult l) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("applicants", ResultsJson.summary(l.applicants()));
    o.set("entries", ResultsJson.summary(l.entries()));
    o.set("winners", ResultsJson.summary(l.winners()));
    o.set("unfilled", ResultsJson.summary(l.unfilled()));
    o.set("abandoned", ResultsJson.summary(l.abandoned()));
    o.set("poolAtEnd", ResultsJson.summary(l.poolAtEnd()));
    o.set("meanDrawsToWin", ResultsJson.summary(l.meanDrawsToWin()));
    o.set("firstCohortWinShare", ResultsJson.summary(l.firstCohortWinShare()));
    ObjectNode months = o.putObject("months");
    for (LotteryResult.Month m : l.months()) {
      ObjectNode x = months.putObject(m.month().toString());
      x.set("pool", ResultsJson.summary(m.pool()));
      x.set("invitations", ResultsJson.summary(m.invitations()));
      x.set("winners", ResultsJson.summary(m.winners()));
      x.set("winProbability", ResultsJson.summary(m.winProbability()));
      x.put("newApplicants", m.newApplicants());
      x.set("cohortWinShare", ResultsJson.summary(m.cohortWinShare()));
    }
    ArrayNode draws = o.putArray("drawsToWin");
    for (double d : l.drawsToWin()) {
      if (Double.isNaN(d)) {
        draws.addNull();
      } else {
        draws.add(d);
      }
    }
    o.put("preferencePoints", l.preferencePoints());
    o.put("reapplyRate", l.reapplyRate());
    o.put("growthPerMonth", l.growthPerMonth());
    return o;
  }
}
