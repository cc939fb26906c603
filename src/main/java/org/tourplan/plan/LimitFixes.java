package org.tourplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tourplan.run.ClopperPearson;
import org.tourplan.run.SequentialTest;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.LimitKind;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.text.Numbers;

/**
 * When the timetables that reach the target breach a limit too often: which limits their fresh months breach, whether
 * the search saw a fleet or roster do better, and the change that fixes it, worked out and checked on the months the
 * confirmation simulated ({@link KeptMonths}): the value of each breached limit at which the confirmation's own
 * sequential test, run on the same months, accepts the closest candidate (the smallest on the limit's grid: 5 minutes
 * for a tour, 1 minute for a wait, 1 visitor, half a minute of evacuation, 1 point of noise dose), or the
 * {@code plan.breachBound} at which it would. Limits never change what is simulated, only how a month is judged, so
 * re-planning the file with the change sees these months again.
 */
final class LimitFixes {
  /**
   * Bounds tried when the limits stay as they are: above the plan's, and at most ten times it and 5% (a month in
   * twenty breaching a safety limit is no longer a plan).
   */
  private static final double[] BOUNDS = {0.002, 0.003, 0.005, 0.01, 0.02, 0.03, 0.05};
  private static final double MOST_BOUND_FACTOR = 10;
  private static final int MAX_STEPS = 40;
  /** Above this lower bound of its months' breach rate (from days), a candidate's limits are not a near miss. */
  private static final double MOSTLY_BREACHED = 0.5;

  private LimitFixes() {
  }

  /** A test run on kept months: the look it stopped at, its breaching months and months, per month of the plan. */
  record Run(SequentialTest.Outcome outcome, int look, int looks, long breached, long months) {
    boolean accepted() {
      return outcome == SequentialTest.Outcome.ACCEPT;
    }
  }

  /**
   * Adds the limits the closest candidate's fresh months breach, what the search showed about them, and their fixes.
   *
   * @param closest   the candidate closest to passing (its confirmation, when it had one, is the months kept)
   * @param evaluated every candidate judged (for the same counts with other fleets and rosters)
   */
  static void explain(Scenario base, Evaluation closest, boolean own, List<Evaluation> evaluated, Screen screen,
                      List<String> binding, List<String> fixes) {
    if (closest.confirmation() == null && closest.screening() != null
        && closest.screening().low() > MOSTLY_BREACHED) {
      return; // its days breach in most months: what binds is the day's design (above), not a limit's margin
    }
    SequentialTest test = screen.test();
    int first = (int) test.looks()[firstAccepting(test)];
    // the months its confirmation saw, or (judged on days only) as many as a first accepting look needs
    int n = Math.max(first, closest.confirmation() == null ? 0 : closest.confirmation().months());
    List<KeptMonths> kept = screen.freshMonths(closest.candidate(), own, n);
    Map<LimitKind, Integer> breached = new LinkedHashMap<>();
    for (KeptMonths k : kept) {
      k.byLimit(k.months()).forEach(e -> breached.merge(e.getKey(), e.getValue(), Math::max));
    }
    if (breached.isEmpty()) {
      return; // the fresh months breach nothing: the days' screening was the pessimistic one
    }
    String label = closest.candidate().label();
    evidence(closest, evaluated, breached.keySet(), binding);
    Limits limits = kept.get(0).setup().scenario().limits();
    List<LimitKind> movable = breached.keySet().stream().filter(k -> KeptMonths.worstMetric(k) != null).toList();
    List<LimitKind> fixed = breached.keySet().stream().filter(k -> KeptMonths.worstMetric(k) == null).toList();
    if (!fixed.isEmpty() && !run(kept, test, Map.of(), movable).accepted()) {
      int n0 = kept.get(0).months();
      binding.add(fixed.stream().map(k -> "limits." + k.key() + " (breached in " + Numbers.count(breached.get(k))
              + " of " + Numbers.count(n0) + " fresh months)").collect(Collectors.joining(" and "))
          + (fixed.size() == 1 ? " alone keeps " : " alone keep ") + label + " above the bound on its fresh "
          + "months: it takes other start times, counts or resources, not another value of a limit"
          + (movable.isEmpty() ? "" : " (" + movable.stream().map(k -> "limits." + k.key() + " breached in "
          + Numbers.count(breached.get(k))).collect(Collectors.joining(", ")) + " of them too)"));
    } else if (!movable.isEmpty()) {
      Map<LimitKind, Double> change = new LinkedHashMap<>();
      for (LimitKind k : movable) {
        List<LimitKind> others = movable.stream().filter(o -> o != k).toList();
        Double v = smallest(kept, test, k, limits.value(k), others);
        if (v != null) {
          change.put(k, v);
        }
      }
      if (change.size() == movable.size()) {
        for (int step = 0; step < MAX_STEPS && !run(kept, test, change, List.of()).accepted(); step++) {
          change.replaceAll((k, v) -> v + step(k)); // each passes alone; together, a step more each
        }
        Run r = run(kept, test, change, List.of());
        if (r.accepted()) {
          fixes.add((fixes.isEmpty() ? "" : "or ") + words(kept, limits, change, label, r));
        }
      }
    }
    bound(kept, test, label, screen, fixes);
  }

  /** The first look of the test that can accept. */
  static int firstAccepting(SequentialTest t) {
    int j = 0;
    while (t.acceptAtMost(j) < 0) {
      j++;
    }
    return j;
  }

  /**
   * The smallest value of limit {@code k} on its grid, above {@code now}, at which the test accepts on the kept
   * months with the limits in {@code ignored} left out; null when none up to the worst month's value does.
   */
  private static Double smallest(List<KeptMonths> kept, SequentialTest test, LimitKind k, double now,
                                 List<LimitKind> ignored) {
    double worst = Double.NEGATIVE_INFINITY;
    for (KeptMonths m : kept) {
      for (double x : m.values(k, m.months())) {
        worst = Double.isNaN(x) ? worst : Math.max(worst, x);
      }
    }
    double step = step(k);
    long lo = (long) Math.floor(now / step) + 1;
    long hi = (long) Math.ceil(worst / step);
    if (hi < lo || !run(kept, test, Map.of(k, hi * step), ignored).accepted()) {
      return null;
    }
    while (lo < hi) { // accepting is monotone in the limit: a higher limit breaches in fewer months at every look
      long mid = (lo + hi) >>> 1;
      if (run(kept, test, Map.of(k, mid * step), ignored).accepted()) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return hi * step;
  }

  /** The grid a limit's suggested value is on. */
  static double step(LimitKind k) {
    return switch (k) {
      case MAX_TOUR_MINUTES -> 5;
      case EVACUATION_MINUTES -> 0.5;
      default -> 1;
    };
  }

  /**
   * The test's looks run on the kept months of every month of the plan, with changed limits, as far as the months
   * kept reach: accepted only when every month's run accepts (the worst run is returned).
   */
  static Run run(List<KeptMonths> kept, SequentialTest test, Map<LimitKind, Double> changed,
                 List<LimitKind> ignored) {
    Run worst = null;
    for (KeptMonths m : kept) {
      boolean[] b = m.breached(m.months(), changed, ignored);
      Run r = run(b, test);
      if (worst == null || worst.accepted() && !r.accepted()
          || worst.accepted() == r.accepted() && r.breached * worst.months > worst.breached * r.months) {
        worst = r;
      }
    }
    return worst;
  }

  /** The test on a sequence of months, look by look, up to the last look the months reach. */
  static Run run(boolean[] breached, SequentialTest test) {
    long[] looks = test.looks();
    long count = 0;
    int done = 0;
    Run last = null;
    for (int j = 0; j < looks.length && looks[j] <= breached.length; j++) {
      for (; done < looks[j]; done++) {
        count += breached[done] ? 1 : 0;
      }
      SequentialTest.Outcome o = test.decide(j, count);
      last = new Run(o, j + 1, looks.length, count, done);
      if (o != SequentialTest.Outcome.CONTINUE) {
        return last;
      }
    }
    return last == null ? new Run(SequentialTest.Outcome.CONTINUE, 0, looks.length, 0, 0) : last;
  }

  /** The change in words, with what it does on the months kept. */
  private static String words(List<KeptMonths> kept, Limits limits, Map<LimitKind, Double> change, String label,
                              Run r) {
    List<String> parts = new ArrayList<>();
    List<String> effects = new ArrayList<>();
    KeptMonths m = kept.get(0);
    int n = m.months();
    for (Map.Entry<LimitKind, Double> e : change.entrySet()) {
      parts.add("limits." + e.getKey().key() + " " + Numbers.number(e.getValue()) + " (today "
          + Numbers.number(limits.value(e.getKey())) + ")");
      long over = 0;
      for (double x : m.values(e.getKey(), n)) {
        over += !Double.isNaN(x) && x > e.getValue() ? 1 : 0;
      }
      effects.add(String.format(Locale.ROOT, "%s %s in %s of the %,d fresh months simulated for it "
          + "(%s)", worst(e.getKey()), Numbers.number(e.getValue()) + unit(e.getKey()), Numbers.count(over), n,
          Numbers.share((double) over / n)));
    }
    return String.join(" and ", parts) + " would let " + label + " pass: " + String.join("; ", effects)
        + String.format(Locale.ROOT, "; judged so, the confirmation's test on the same months accepts it at look %d "
            + "of %d (%s of its first %,d months breach a limit)", r.look(), r.looks(), Numbers.count(r.breached()),
        r.months());
  }

  /** The month's worst value of a limit, as the subject of "exceeds". */
  private static String worst(LimitKind k) {
    return switch (k) {
      case MAX_TOUR_MINUTES -> "the month's longest tour exceeds";
      case MAX_WAIT_MINUTES -> "the month's longest wait on the floor exceeds";
      case FLOOR_VISITORS -> "the month's most visitors on the floor at once exceed";
      case EVACUATION_MINUTES -> "the month's longest evacuation of a floor zone exceeds";
      case NOISE_DOSE_PERCENT -> "the month's highest visitor noise dose exceeds";
      case TURNED_AWAY -> "the persons the month turns away exceed";
      default -> "the month's " + k.key() + " exceeds";
    };
  }

  private static String unit(LimitKind k) {
    return switch (k) {
      case MAX_TOUR_MINUTES, MAX_WAIT_MINUTES, EVACUATION_MINUTES -> " minutes";
      case NOISE_DOSE_PERCENT -> "%";
      default -> "";
    };
  }

  /** The smallest breach bound of {@link #BOUNDS} against which the test on the same months accepts. */
  private static void bound(List<KeptMonths> kept, SequentialTest test, String label, Screen screen,
                            List<String> fixes) {
    // a wider bound's test may need more months than were kept: simulate them, up to two looks past the plan's
    // own first accepting look
    long cap = test.looks()[Math.min(test.looks().length - 1, firstAccepting(test) + 2)];
    for (double b : BOUNDS) {
      if (b <= test.bound() || b > MOST_BOUND_FACTOR * test.bound()) {
        continue;
      }
      SequentialTest t = new SequentialTest(b, Bounds.CONFIRM_MONTHS);
      Run r = run(kept, t, Map.of(), List.of());
      while (r.outcome() == SequentialTest.Outcome.CONTINUE && r.look() < t.looks().length
          && t.looks()[r.look()] <= Math.max(cap, kept.get(0).months())) {
        screen.extend(kept, (int) t.looks()[r.look()]);
        r = run(kept, t, Map.of(), List.of());
      }
      if (r.accepted()) {
        KeptMonths m = kept.get(0);
        boolean[] all = m.breached(m.months(), Map.of(), List.of());
        int k = 0;
        for (boolean x : all) {
          k += x ? 1 : 0;
        }
        double[] ci = ClopperPearson.interval95(k, all.length);
        fixes.add(String.format(Locale.ROOT, (fixes.isEmpty() ? "with" : "or, with") + " the limits as they are, "
                + "plan.breachBound %s (today %s), if "
                + "the site accepts that risk: its months breach a limit in about %s (95%% CI %s to %s, %s of %,d "
                + "fresh months), and against %s the confirmation's test on the same months accepts %s at look %d "
                + "of %d (%s of its first %,d months breach a limit)", plain(b), plain(test.bound()),
            Numbers.share((double) k / all.length), Numbers.share(ci[0]), Numbers.share(ci[1]), Numbers.count(k),
            all.length, plain(b), label, r.look(), r.looks(), Numbers.count(r.breached()), r.months()));
        return;
      }
    }
  }

  /**
   * What the search showed about the breached limits: the same counts and group with other fleets and rosters
   * (whether they breached less), and, with at most one tour a day, that no tour waits for another.
   */
  private static void evidence(Evaluation closest, List<Evaluation> evaluated, Set<LimitKind> limits,
                               List<String> binding) {
    Evaluation.Confirmation c = closest.confirmation();
    Candidate cc = closest.candidate();
    List<Evaluation> same = evaluated.stream().filter(e -> e != closest && e.confirmation() != null
        && e.candidate().volume().equals(cc.volume())).toList();
    String names = limits.stream().map(k -> "limits." + k.key()).collect(Collectors.joining(" and "));
    if (c != null && !same.isEmpty()) {
      Evaluation better = null;
      for (Evaluation e : same) {
        Evaluation.Confirmation o = e.confirmation();
        if (o.high() < c.estimate() && (better == null || o.estimate() < better.confirmation().estimate())) {
          better = e;
        }
      }
      if (better != null) {
        Candidate b = better.candidate();
        binding.add(String.format(Locale.ROOT, "sharing binds too: with %d vehicles and %d guides (against %d and "
                + "%d) the same tours breach in %s of %,d fresh months (%s), against %s of %,d", b.vehicles(),
            b.guides(), cc.vehicles(), cc.guides(), Numbers.count(better.confirmation().monthsBreached()),
            better.confirmation().months(), Numbers.share(better.confirmation().estimate()),
            Numbers.count(c.monthsBreached()), c.months()));
      } else {
        Set<Integer> vehicles = new java.util.TreeSet<>();
        Set<Integer> guides = new java.util.TreeSet<>();
        vehicles.add(cc.vehicles());
        guides.add(cc.guides());
        same.forEach(e -> {
          vehicles.add(e.candidate().vehicles());
          guides.add(e.candidate().guides());
        });
        Set<String> seen = new LinkedHashSet<>();
        same.forEach(e -> seen.add(Numbers.count(e.confirmation().monthsBreached()) + " of "
            + Numbers.count(e.confirmation().months())));
        binding.add(String.format(Locale.ROOT, "no change of fleet or guides helps: the same tours with %s and %s "
                + "breach %s about as often (%s fresh months)", or(vehicles, "vehicle"), or(guides, "guide"), names,
            String.join("; ", seen)));
      }
    }
    if (cc.week().stream().allMatch(n -> n <= 1)) {
      int lists = closest.screening() == null ? 0 : closest.screening().kinds().stream().filter(
          Evaluation.DayKind::designed).mapToInt(Evaluation.DayKind::lists).sum();
      binding.add("with at most one tour a day no tour waits for another's guides, shuttles or zones"
          + (lists > 0 ? " and its starts are the best of " + Numbers.plural(lists, "list") + " of start times "
          + "judged on simulated days" : "") + ": the breaches of " + names + " come from the spread of dwell and "
          + "ride times");
    }
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** "1 or 2 vehicles", "1 guide". */
  private static String or(Set<Integer> values, String noun) {
    List<String> s = values.stream().map(String::valueOf).toList();
    String n = values.size() == 1 && values.contains(1) ? noun : noun + "s";
    return (s.size() == 1 ? s.get(0) : String.join(", ", s.subList(0, s.size() - 1)) + " or " + s.get(s.size() - 1))
        + " " + n;
  }
}
