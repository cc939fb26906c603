package org.tourplan.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.tourplan.run.Compiler;
import org.tourplan.verdict.LimitRule;
import org.tourplan.run.Results;
import org.tourplan.run.Wilson;
import org.tourplan.verdict.Verdict;
import org.tourplan.scenario.LimitKind;
import org.tourplan.scenario.Scenario;
import org.tourplan.text.Numbers;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;
import org.tourplan.tour.TourTimeline;

/**
 * Judges every limit of a scenario over simulated months and explains the breaches: the median month and the
 * worst month of each breached limit are simulated again with tracing (same numbers, since month i depends only
 * on the seed and i), so memory stays bounded however many months were run.
 */
public final class SafetyAnalysis {
  private SafetyAnalysis() {
  }

  /** Verdicts and explanations for results that {@code scenario} produced (compiles it: tests and one-offs). */
  public static SafetyReport analyse(Scenario scenario, Results results) {
    return analyse(new Compiler().compile(scenario), results);
  }

  /** Verdicts and explanations for results that a compiled scenario produced (its traced months run on it). */
  public static SafetyReport analyse(TourSetup setup, Results results) {
    Scenario scenario = setup.scenario();
    MonthSimulation month = new MonthSimulation(setup);
    Map<Integer, List<TourTimeline>> traced = new HashMap<>();
    double[] visitors = results.metric("visitorsPerMonth").values();
    int median = medianReplication(visitors);
    TracedMonth representative = new TracedMonth(median, "median month by visitors", visitors[median],
        trace(month, setup, median, traced));

    List<LimitVerdict> verdicts = new ArrayList<>();
    Map<String, TracedMonth> worstByLimit = new LinkedHashMap<>();
    Verdict overall = Verdict.SAFE;
    int n = results.replications();
    for (Results.BreachResult b : results.breaches()) {
      LimitRule rule = b.rule();
      String shown = shownMetric(rule);
      double[] values = results.metric(shown).values();
      int worstRep = argMax(values);
      double worst = worstRep < 0 ? Double.NaN : values[worstRep];
      Verdict verdict = Verdict.of(b.monthsBreached(), n);
      FirstBreach first = null;
      if (b.monthsBreached() > 0) {
        // the worst month by the shown metric always breaches: a breach is the metric above the threshold
        List<TourTimeline> tours = trace(month, setup, worstRep, traced);
        worstByLimit.put(rule.name(), new TracedMonth(worstRep, "worst month for " + rule.name(),
            visitors[worstRep], tours));
        first = new Explainer(scenario, worstRep, tours).firstBreach(rule);
      }
      double[] w = Wilson.interval95(b.monthsBreached(), n);
      verdicts.add(new LimitVerdict(rule.name(), allowed(rule), verdict, b.monthsBreached(), n, b.probability(),
          w[0], w[1], worst, worstText(rule, worst), first));
      if (verdict.compareTo(overall) > 0) {
        overall = verdict;
      }
    }
    return new SafetyReport(overall, verdicts, representative, worstByLimit);
  }

  /** The metric whose worst month is shown for a limit (the tour length rather than the count of long tours). */
  static String shownMetric(LimitRule rule) {
    return rule.kind() == LimitKind.MAX_TOUR_MINUTES ? "tourMinutesMax" : rule.metric();
  }

  private static List<TourTimeline> trace(MonthSimulation month, TourSetup setup, int replication,
                                          Map<Integer, List<TourTimeline>> cache) {
    return cache.computeIfAbsent(replication,
        r -> month.trace(r, new double[setup.layout().size()]));
  }

  /** The replication whose visitors are the lower median (ties: lowest index). */
  static int medianReplication(double[] visitors) {
    Integer[] order = IntStream.range(0, visitors.length).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> visitors[i]).thenComparingInt(i -> i));
    return order[(visitors.length - 1) / 2];
  }

  /** Index of the largest non-NaN value (ties: lowest index), -1 when there is none. */
  static int argMax(double[] values) {
    int best = -1;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
        best = i;
      }
    }
    return best;
  }

  /** The limit as a reader should see it. */
  static String allowed(LimitRule rule) {
    double l = rule.limit();
    return switch (rule.kind()) {
      case FLOOR_VISITORS -> Numbers.count(l) + " persons";
      case EVACUATION_MINUTES, MAX_WAIT_MINUTES, MAX_TOUR_MINUTES -> Numbers.number(l) + " min";
      case CLOSE_TIME -> Numbers.clock(l);
      case NOISE_DOSE_PERCENT -> Numbers.number(l) + "% of the daily dose";
      case BLACKOUTS -> "no group inside when a blackout starts";
      case TURNED_AWAY -> Numbers.count(l) + (l == 1 ? " person" : " persons") + " a month";
    };
  }

  /** A worst value in the limit's own terms. */
  static String worstText(LimitRule rule, double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return switch (rule.kind()) {
      case FLOOR_VISITORS -> Numbers.count(v) + " persons";
      case EVACUATION_MINUTES, MAX_WAIT_MINUTES, MAX_TOUR_MINUTES -> Numbers.minutes(v);
      case CLOSE_TIME -> Numbers.count(v) + (v == 1 ? " tour" : " tours") + " late in a month";
      case NOISE_DOSE_PERCENT -> Numbers.number(v) + "%";
      case BLACKOUTS -> Numbers.count(v) + (v == 1 ? " group" : " groups") + " caught inside in a month";
      case TURNED_AWAY -> Numbers.count(v) + (v == 1 ? " person" : " persons") + " turned away in a month";
    };
  }
}
