package org.tourplan.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.text.Numbers;

/**
 * Why no candidate is feasible, computed from what the search found: what binds (the target, a limit, a resource,
 * a window of the day), the near misses ranked by how far they miss each check, and the changes that would fix it,
 * each worked out (a count of vehicles that lets the tours fit, the tours a day the target needs), never generic.
 *
 * @param kind       what binds first: "target", "limits" or "servability"
 * @param binding    the binding reasons, most important first
 * @param nearMisses the candidates closest to passing each check they fail, closest first
 * @param fixes      changes that would fix it, each computed
 */
public record Diagnosis(String kind, List<String> binding, List<NearMiss> nearMisses, List<String> fixes) {

  /**
   * A candidate close to passing a check.
   *
   * @param evaluation the candidate
   * @param check      "target", "limits", "servability" or "confirmation"
   * @param miss       by how much, in words
   */
  public record NearMiss(Evaluation evaluation, String check, String miss) { }

  private static final int MISSES_PER_CHECK = 3;

  /** The diagnosis of a search that found nothing feasible. */
  static Diagnosis of(Scenario base, List<Evaluation> all, List<Evaluation> unconfirmedAll, Screen screen,
                      Candidate own) {
    // the plan space's own candidates: the file's timetable is shown on its own, as the current one
    List<Evaluation> evaluated = all.stream().filter(e -> e.candidate() != own).toList();
    List<Evaluation> unconfirmed = unconfirmedAll.stream().filter(e -> e.candidate() != own).toList();
    if (evaluated.isEmpty()) { // no plan section: the file itself is the space
      evaluated = all;
      unconfirmed = unconfirmedAll;
    }
    List<String> binding = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    List<NearMiss> misses = new ArrayList<>();
    Target target = base.target();
    List<Evaluation> reachTarget = evaluated.stream().filter(e -> e.target() != null
        && e.target().low() >= target.confidence()).toList();
    List<Evaluation> servable = reachTarget.stream().filter(e -> e.status() != Evaluation.Status.UNSERVABLE)
        .toList();
    String kind;
    if (reachTarget.isEmpty()) {
      kind = "target";
      TargetAdvice.explain(base, evaluated, screen, binding, fixes);
    } else if (servable.isEmpty()) {
      kind = "servability";
      Evaluation e = reachTarget.get(0);
      binding.add("every timetable that reaches the target has a group its fleet or guides could never serve, e.g. "
          + e.candidate().label() + ": " + e.reason());
      fixes.addAll(ResourceAdvice.servability(base, reachTarget, screen));
    } else {
      kind = "limits";
      facts(base, screen, binding, fixes);
      Evaluation closest = servable.stream().filter(e -> e.screening() != null || e.confirmation() != null)
          .min(Comparator.comparingDouble(Diagnosis::breach)).orElse(servable.get(0));
      binding.add("every timetable that reaches the target breaches a limit too often; the closest, "
          + closest.candidate().label() + ", " + closest.reason());
      ResourceAdvice.limits(base, closest, screen, binding, fixes);
      LimitFixes.explain(base, closest, closest.candidate() == own, evaluated, screen, binding, fixes);
    }
    misses(evaluated, unconfirmed, target, base.plan().breachBound(), misses);
    return new Diagnosis(kind, List.copyOf(binding), List.copyOf(misses), List.copyOf(fixes));
  }

  /**
   * Tours no design can move: the file's extra tours and the plan's fixed starts. One that breaches for certain
   * (alone on the site) dooms every candidate; say which, and where it could go instead.
   */
  private static void facts(Scenario base, Screen screen, List<String> binding, List<String> fixes) {
    Nominal nom = screen.nominal();
    java.time.LocalTime close = base.limits().closeTime();
    // the last start, on a 5-minute grid, whose nominal tour ends by the close with two standard deviations to spare
    String last = close == null ? null
        : Nominal.clock(5 * Math.floor((Nominal.minute(close) - nom.endMean - 2 * nom.endSd) / 5));
    for (Map.Entry<java.time.LocalDate, List<LocalTime>> e : base.schedule().extra().entrySet()) {
      if (!java.time.YearMonth.from(e.getKey()).equals(base.month()) || base.schedule().closed().contains(e.getKey())) {
        continue;
      }
      for (LocalTime t : e.getValue()) {
        String why = nom.certainBreach(t);
        if (why == null && Capacity.unusable(t, nom, base.limits()) != null) {
          why = Capacity.unusable(t, nom, base.limits()) + " on the nominal timeline (mean dwell and ride times)";
        }
        if (why != null) {
          binding.add("the extra tour of schedule.extra at " + t + " on " + e.getKey() + " " + why
              + ": the planner designs the days around it but cannot move it");
          fixes.add("move the extra tour at " + t + " on " + e.getKey() + (last != null && why.contains("close")
              ? " to " + last + " or earlier (its tour then ends by the " + close + " close with two standard "
              + "deviations to spare)" : " to another time") + ", or drop it");
        }
      }
    }
    PlanSpace space = base.plan();
    for (PlanSpace.DayClass k : space.classes()) {
      for (LocalTime t : space.design().fixedFor(k.name())) {
        String why = nom.certainBreach(t);
        if (why == null && Capacity.unusable(t, nom, base.limits()) != null) {
          why = Capacity.unusable(t, nom, base.limits()) + " on the nominal timeline (mean dwell and ride times)";
        }
        if (why != null) {
          binding.add("the fixed start " + t + " of plan.fixedStarts on every " + k.words() + " " + why);
          fixes.add("drop " + t + " from plan.fixedStarts" + (last != null && why.contains("close")
              ? " or keep a start at " + last + " or earlier instead" : ""));
        }
      }
    }
  }

  /** A candidate's estimated month breach probability (confirmation first, else the screening's). */
  static double breach(Evaluation e) {
    if (e.confirmation() != null) {
      return e.confirmation().estimate();
    }
    return e.screening() == null ? 1 : e.screening().breach();
  }

  private static void misses(List<Evaluation> evaluated, List<Evaluation> unconfirmed, Target target,
                             double bound, List<NearMiss> out) {
    Map<String, List<NearMiss>> by = new LinkedHashMap<>();
    List<Evaluation> missed = evaluated.stream().filter(e -> e.status() == Evaluation.Status.TARGET_MISSED)
        .sorted(Comparator.comparingDouble(e -> -e.target().probability())).toList();
    for (Evaluation e : missed) {
      add(by, new NearMiss(e, "target", String.format(Locale.ROOT, "reaches the target in %s of months, %s "
              + "points short of %s", Numbers.percent(e.target().probability()),
          Numbers.number(Math.round(1000 * (target.confidence() - e.target().probability())) / 10.0),
          Numbers.percentShort(target.confidence()))));
    }
    List<Evaluation> unreachable = evaluated.stream().filter(e -> e.status() == Evaluation.Status.TARGET_UNREACHABLE)
        .sorted(Comparator.comparingDouble(e -> -e.cost())).toList();
    for (Evaluation e : unreachable) {
      add(by, new NearMiss(e, "target", e.reason()));
    }
    // rejected and undecided together, closest first: an undecided confirmation is often the nearest miss
    List<Evaluation> unsafe = java.util.stream.Stream.concat(evaluated.stream().filter(e -> e.status()
            == Evaluation.Status.LIMIT_BREACHED && (e.screening() != null || e.confirmation() != null)),
        unconfirmed.stream().filter(e -> e.status() == Evaluation.Status.UNDECIDED))
        .sorted(Comparator.comparingDouble(Diagnosis::breach)).toList();
    for (Evaluation e : unsafe) {
      double p = breach(e);
      add(by, new NearMiss(e, e.confirmation() != null ? "confirmation" : "limits",
          e.status() == Evaluation.Status.UNDECIDED ? e.reason() : String.format(Locale.ROOT,
          "breaches %s in about %s of months, %s the bound %s", limitsOf(e), Numbers.share(p),
          Numbers.number(Math.round(10 * p / bound) / 10.0) + " times", Numbers.share(bound))));
    }
    List<Evaluation> unservable = evaluated.stream().filter(e -> e.status() == Evaluation.Status.UNSERVABLE)
        .sorted(Comparator.comparingDouble(Evaluation::cost)).toList();
    for (Evaluation e : unservable) {
      add(by, new NearMiss(e, "servability", e.reason()));
    }
    by.values().forEach(out::addAll);
  }

  /** The limits a candidate breached, by name: its confirmation's months, else its screening's days. */
  static String limitsOf(Evaluation e) {
    Map<String, Integer> by = new LinkedHashMap<>();
    if (e.confirmation() != null) {
      by.putAll(e.confirmation().byLimit());
    } else if (e.screening() != null) {
      e.screening().kinds().forEach(k -> k.byLimit().forEach((l, n) -> by.merge(l, n, Integer::sum)));
    }
    List<String> names = new ArrayList<>();
    for (org.tourplan.scenario.LimitKind k : org.tourplan.scenario.LimitKind.values()) {
      if (by.containsKey(k.key())) {
        names.add("limits." + k.key());
      }
    }
    return names.isEmpty() ? "a limit" : String.join(" and ", names);
  }

  private static void add(Map<String, List<NearMiss>> by, NearMiss m) {
    List<NearMiss> l = by.computeIfAbsent(m.check(), k -> new ArrayList<>());
    if (l.size() < MISSES_PER_CHECK) {
      l.add(m);
    }
  }

  /** Starts in words: "09:30, 10:00 and 12:30". */
  static String times(List<LocalTime> ts) {
    List<String> s = ts.stream().map(LocalTime::toString).toList();
    return s.size() <= 1 ? String.join("", s)
        : String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
  }

  /** The class of day that a day of the week belongs to. */
  static PlanSpace.DayClass classOf(PlanSpace space, java.time.DayOfWeek d) {
    return space.classes().stream().filter(c -> c.days().contains(d)).findFirst().orElseThrow();
  }
}
