package org.tourplan.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.scenario.Season;
import org.tourplan.run.Results;
import org.tourplan.run.SeasonResults;
import org.tourplan.verdict.Verdict;

/**
 * Safety of one phase of a season (or of the months outside every phase): for each limit, the simulated months of
 * the phase that breached it, and the verdict the reports use: SAFE (no simulated month breached a limit), AT RISK
 * (some did), UNSAFE (a limit was breached in most).
 *
 * @param label     "2025-01 to 2025-06", or "the file's own timetable" for the months outside every phase
 * @param months    calendar months in the phase
 * @param simulated simulated months (calendar months x replications)
 * @param breached  per limit name, in the file's order: simulated months that breached it
 * @param verdict   SAFE, AT RISK or UNSAFE, by the rule of {@code check} and the report
 */
public record PhaseSafety(String label, int months, int simulated, Map<String, Integer> breached, Verdict verdict) {
  /** Label of the months outside every phase (they run the file's own timetable, its schedule key). */
  public static final String OTHER = "the file's own timetable";

  /** One entry per phase in order, then one for the months outside every phase if there are any. */
  public static List<PhaseSafety> of(SeasonResults s) {
    List<PhaseSafety> out = new ArrayList<>();
    for (int p = -1; p < s.phases().size(); p++) {
      List<SeasonResults.MonthResult> in = new ArrayList<>();
      for (SeasonResults.MonthResult m : s.months()) {
        if (m.month().phase() == p) {
          in.add(m);
        }
      }
      if (in.isEmpty()) {
        continue;
      }
      Season.Phase phase = p < 0 ? null : s.phases().get(p);
      Map<String, Integer> breached = new LinkedHashMap<>();
      int simulated = 0;
      for (SeasonResults.MonthResult m : in) {
        simulated += m.results().replications();
        for (Results.BreachResult b : m.results().breaches()) {
          breached.merge(b.rule().name(), b.monthsBreached(), Integer::sum);
        }
      }
      Verdict verdict = Verdict.of(breached, simulated);
      out.add(new PhaseSafety(phase == null ? otherLabel(in) : phase.label(), in.size(), simulated,
          Collections.unmodifiableMap(breached), verdict));
    }
    if (out.size() > 1 && s.months().stream().anyMatch(m -> m.month().phase() < 0)) {
      out.add(out.remove(0)); // the months outside every phase read best last
    }
    return List.copyOf(out);
  }

  /** "2025-07 to 2025-12 (the file's own timetable)" when those months follow each other, else the bare OTHER. */
  private static String otherLabel(List<SeasonResults.MonthResult> in) {
    java.time.YearMonth first = in.get(0).month().month();
    java.time.YearMonth last = in.get(in.size() - 1).month().month();
    boolean contiguous = first.plusMonths(in.size() - 1).equals(last);
    return contiguous ? new Season.Phase(first, last).label() + " (" + OTHER + ")" : OTHER;
  }
}
