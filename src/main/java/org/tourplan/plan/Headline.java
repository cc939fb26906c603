package org.tourplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.scenario.Demand;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.text.Numbers;

/**
 * What the recommendation changes against the current timetable, in the words a manager acts on: visitors, tours,
 * days with tours, lottery odds (places offered per application, as {@code simulate} reports them) and cost. Plain
 * text built from numbers only; the caller chooses the arrow ("->" in a terminal, an HTML entity on a page).
 */
public final class Headline {
  private Headline() {
  }

  /** Each change as "visitors 1,115 -> 1,208 a month (+93)", in the order above; empty without a recommendation. */
  public static List<String> changes(PlanResult p, String arrow) {
    Evaluation r = p.recommended();
    Evaluation c = p.current();
    List<String> out = new ArrayList<>();
    if (r == null || c == null) {
      return out;
    }
    double vr = r.visitorsMean();
    double vc = c.visitorsMean();
    if (Double.isNaN(vc)) {
      out.add(String.format(Locale.ROOT, "visitors %,.0f a month", vr));
    } else {
      out.add(String.format(Locale.ROOT, "visitors %,.0f %s %,.0f a month (%s)", vc, arrow, vr,
          Numbers.delta(Math.round(vr) - Math.round(vc))));
    }
    out.add(String.format(Locale.ROOT, "tours %d %s %d a month (%s)", c.tours(), arrow, r.tours(),
        Numbers.delta(r.tours() - c.tours())));
    out.add(String.format(Locale.ROOT, "days with tours %d %s %d (%s)", c.days(), arrow, r.days(),
        Numbers.delta(r.days() - c.days())));
    Demand d = p.base().demand();
    if (d != null) {
      out.add(String.format(Locale.ROOT, "lottery odds %s %s %s", odds(c, d), arrow, odds(r, d)));
    }
    PlanSpace.Costs k = p.base().plan().costs();
    double saving = c.cost() - r.cost();
    out.add(String.format(Locale.ROOT, "cost %s %s %s a month (%s %s, %.0f%%)", k.format(c.cost()), arrow,
        k.format(r.cost()), saving >= 0 ? "saves" : "costs", k.format(Math.abs(saving)),
        c.cost() == 0 ? 0 : 100 * Math.abs(saving) / c.cost()));
    return out;
  }

  /** "1 in 63": places offered a month (tours x places) per application; "every application" when they suffice. */
  static String odds(Evaluation e, Demand d) {
    double p = (double) e.tours() * e.candidate().groupSize() / d.applicationsPerMonth();
    return p >= 1 ? "every application wins" : String.format(Locale.ROOT, "1 in %,.0f", Math.max(1, 1 / p));
  }
}
