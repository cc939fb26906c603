package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tourplan.verdict.Breaches;
import org.tourplan.run.ClopperPearson;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SequentialTest;
import org.tourplan.run.Wilson;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.tour.TourSetup;

/**
 * Judges one candidate of the plan space, cheapest checks first: the target (counted from check-in draws, exact,
 * for every month of the plan), {@code limits.turnedAway} (counted on the same months), whether its fleet and
 * guides can serve every admissible group, then its start times, designed class by class of day ({@link Designer})
 * and judged on simulated days ({@link DayJudge}), the month's breach probability following from its days. Holds
 * what the search shares across candidates: the counted targets, the designs (by group, fleet, class and count),
 * the simulated days, and what was spent. It passes 400 lines because those shared tables and the order of the checks
 * are one piece of state: split, each part would need the others' caches.
 *
 * <p>Screening rejects only on clear evidence: a candidate is rejected for a limit when the month breach
 * probability's lower bound (at 0.1% error, split over the kinds of day) is above {@code breachBound}, so a design
 * that breached on a day or two out of thousands stays in the running and the confirmation on fresh months decides.
 *
 * <p>Longer than most files (about 420 lines) because it also holds the fresh months of the confirmation closest to
 * passing, for the diagnosis ({@link KeptMonths}): the one place that knows every month's setup and the executor.
 */
final class Screen {
  /** Error of a screening rejection: a candidate is rejected when the bound is passed at this level. */
  static final double SCREEN_ALPHA = 0.001;

  private final Scenario base;
  private final List<Scenario> months;
  private final PlanSpace space;
  private final CandidateBuilder builder;
  private final Compiler compiler;
  private final MonthExecutor executor;
  private final TargetCounter counter;
  private final DayJudge judge;
  private final Nominal nominal;
  private final SequentialTest test;
  private final CountedChecks checks;
  private final Map<List<Object>, Designer.Result> designs = new HashMap<>();
  private final Map<List<Object>, Integer> plannedFleet = new HashMap<>();
  private final Map<Candidate, List<Evaluation.Confirmation>> confirmations = new HashMap<>();
  private final long[] confirmMonths = new long[1];
  private List<KeptMonths> kept;
  private Candidate keptFor;
  private double keptEstimate;
  private boolean keptOwn;
  private long fullMonths;

  Screen(Scenario base, List<Scenario> months, MonthExecutor executor, Compiler compiler) {
    this(base, months, executor, compiler, SequentialTest.ALPHA);
  }

  /** A screen whose confirmations test each month at error {@code alpha}. */
  Screen(Scenario base, List<Scenario> months, MonthExecutor executor, Compiler compiler, double alpha) {
    this.base = base;
    this.months = months;
    this.space = base.plan();
    this.builder = new CandidateBuilder(base);
    this.compiler = compiler;
    this.executor = executor;
    this.counter = new TargetCounter(compiler, space.maxReplications());
    this.judge = new DayJudge(builder, base, executor);
    this.nominal = new Nominal(base);
    this.test = Confirmer.test(space.breachBound(), alpha);
    this.checks = new CountedChecks(this, months, counter);
  }

  CandidateBuilder builder() { return builder; }

  SequentialTest test() { return test; }

  Nominal nominal() { return nominal; }

  long countedMonths() { return counter.counted(); }

  long fullMonths() { return fullMonths + confirmMonths[0]; }

  long confirmMonths() { return confirmMonths[0]; }

  long lists() { return judge.lists(); }

  long days() { return judge.days(); }

  /** The candidate as a scenario of month {@code i} of the plan (the file's own timetable: as written). */
  Scenario scenario(Candidate c, int i, boolean own) {
    Scenario m = months.get(i);
    if (own) {
      if (m == base) {
        return base;
      }
      Map<DayOfWeek, List<LocalTime>> days = base.schedule().days();
      return m.toBuilder().group(base.group()).shuttles(base.shuttles()).guides(base.guides())
          .schedule(m.schedule().withDays(days))
          .season(m.season() == null ? null : m.season().withTopLevelDays(days)).build();
    }
    return builder.scenario(c, m);
  }

  /** The candidate's cost over the plan's months. */
  double cost(Candidate c, boolean own) {
    double sum = 0;
    for (int i = 0; i < months.size(); i++) {
      sum += builder.cost(c, CandidateBuilder.calendar(scenario(c, i, own)));
    }
    return sum;
  }

  /**
   * Judges a candidate (a frame, or the file's own timetable) through every check; a frame comes back with its
   * designed start times. Checks after a failing one are skipped, except that the target and turnedAway (both
   * counted, cheap) and servability are always all reported.
   */
  Evaluation screen(Candidate c, boolean own) {
    Evaluation counted = counted(c, own);
    if (counted.status() != null) {
      return counted;
    }
    double cost = counted.cost();
    Scenario first = scenario(c, 0, own);
    PlanSpace.Calendar cal = CandidateBuilder.calendar(first);
    List<String> failures = new ArrayList<>();
    Evaluation.TargetEstimate worst = counted.target();
    return designAndJudge(c, own, cost, cal, failures, worst);
  }

  /**
   * The checks counted without simulating (see {@link CountedChecks}): status null when every one passes, else the
   * verdict.
   */
  Evaluation counted(Candidate c, boolean own) {
    return checks.check(c, own);
  }

  private Evaluation designAndJudge(Candidate c, boolean own, double cost, PlanSpace.Calendar cal,
                                    List<String> failures, Evaluation.TargetEstimate worst) {
    Candidate timed = own ? c : design(c);
    if (timed == null) {
      String why = "no list of start times: " + shortOf(c);
      failures.add("starts: " + why);
      return verdict(c, cost, cal, Evaluation.Status.LIMIT_BREACHED, why, null, worst, null, failures);
    }
    Scenario designed = scenario(timed, 0, own);
    if (designed.shuttles().mode() == Shuttles.Mode.PLANNED) {
      // planned mode follows a jsprit roster: below its smallest fleet some rides have no planned vehicle
      int need = plannedFleet.computeIfAbsent(List.of(timed.startsText(), c.groupSize(), c.overbook()),
          k -> ShuttlePlanner.smallestFleet(designed));
      if (c.vehicles() < need) {
        String why = "the shuttle plan (jsprit) needs at least " + need + " shuttles on the busiest day to serve "
            + "every ride";
        failures.add("servability: " + why);
        return verdict(timed, cost, cal, Evaluation.Status.UNSERVABLE, why, null, worst, null, failures);
      }
    }
    Evaluation.Screening sc = null;
    String breach = null;
    for (int i = 0; i < months.size(); i++) {
      Evaluation.Screening m = days(timed, i, own);
      if (i == 0) {
        sc = m;
      }
      double low = MonthBreach.bound(m, SCREEN_ALPHA / Math.max(1, m.kinds().size()), true);
      if (breach == null && low > space.breachBound()) {
        breach = MonthBreach.text(m, space.breachBound()) + (months.size() == 1 ? "" : " in " + months.get(i).month());
      }
    }
    if (breach != null) {
      failures.add("limits: " + breach);
      return new Evaluation(timed, cost, cal.tours(), cal.days(), Evaluation.Status.LIMIT_BREACHED, breach, worst,
          null, List.copyOf(failures), null, sc);
    }
    String rests = String.format(Locale.ROOT, "reaches the target in %.1f%% of months; breaches a limit on %s",
        100 * worst.probability(), MonthBreach.daysText(sc));
    return new Evaluation(timed, cost, cal.tours(), cal.days(), Evaluation.Status.FEASIBLE, rests, worst, null,
        List.of(), null, sc);
  }

  /** The frame with every class of day's start times designed, or null when some class cannot have them. */
  Candidate design(Candidate c) {
    Map<DayOfWeek, List<LocalTime>> starts = new EnumMap<>(DayOfWeek.class);
    for (PlanSpace.DayClass k : space.classes()) {
      int n = c.toursOn(k.days().iterator().next());
      if (n == 0) {
        continue;
      }
      Designer.Result r = design(c, k, n);
      if (r.starts() == null) {
        return null;
      }
      for (DayOfWeek d : k.days()) {
        starts.put(d, r.starts());
      }
    }
    return c.withStarts(starts);
  }

  /** Why some class of the frame has no list of start times, in words. */
  String shortOf(Candidate c) {
    for (PlanSpace.DayClass k : space.classes()) {
      int n = c.toursOn(k.days().iterator().next());
      if (n > 0 && design(c, k, n).shortOf() != null) {
        Designer.Result r = design(c, k, n);
        return n + " tours a " + k.words() + " need " + n + " starts, but only " + r.shortOf().split(" ")[0]
            + " of the grid's are allowed" + (r.ruledOut().isEmpty() ? "" : " (" + r.ruledOut().size()
            + " ruled out: " + r.ruledOut().values().iterator().next() + ")");
      }
    }
    return "none";
  }

  /** The design of {@code n} tours on days of class {@code k} with the frame's group and fleet (cached). */
  Designer.Result design(Candidate c, PlanSpace.DayClass k, int n) {
    // classes that keep the same fixed starts share designs (with dayTours, Tuesday and Wednesday usually do)
    List<Object> key = List.of(c.resources(), space.design().fixedFor(k.name()), n, variants(k));
    Designer.Result known = designs.get(key);
    if (known != null) {
      return known;
    }
    DayJudge.Site site = judge.site(c.resources());
    Designer.Result r;
    if (space.design().even()) {
      List<LocalTime> even = Designer.sorted(builder.starts(n));
      r = new Designer.Result(even, judged(site, even, (int) Math.round(Math.log1p(-space.breachBound())
          / Math.log1p(-dayBound(k)))), 1, Map.of(), null);
    } else {
      List<LocalTime> grid = builder.grid().stream().filter(t -> !space.design().forbids(t)).toList();
      List<List<LocalTime>> seeds = new ArrayList<>();
      seeds.add(Designer.sorted(builder.starts(n)));
      List<LocalTime> file = base.schedule().days().get(k.days().iterator().next());
      if (file != null) {
        seeds.add(Designer.sorted(file));
      }
      List<LocalTime> warm = null;
      DayJudge.Tally warmTally = null;
      for (Map.Entry<List<Object>, Designer.Result> e : designs.entrySet()) {
        Designer.Result d = e.getValue();
        if (e.getKey().get(1).equals(key.get(1)) && e.getKey().get(2).equals(n) && d.starts() != null
            && (warmTally == null || d.tally().breached * (long) warmTally.days
            < warmTally.breached * (long) d.tally().days)) {
          warm = d.starts();
          warmTally = d.tally();
        }
      }
      r = new Designer(judge, site, nominal, space.screenReplications(), dayBound(k), variants(k))
          .design(n, grid, space.design().fixedFor(k.name()), seeds, warm);
    }
    designs.put(key, r);
    return r;
  }

  /**
   * The kinds of day a design of class {@code k} serves: its plain dates and its dates with extra tours (by their
   * extra times), each weighing its number of dates in the plan's month where it has most.
   */
  private List<Designer.Variant> variants(PlanSpace.DayClass k) {
    Map<List<LocalTime>, Integer> most = new LinkedHashMap<>();
    for (Scenario m : months) {
      Map<List<LocalTime>, Integer> in = new LinkedHashMap<>();
      for (int d = 1; d <= m.month().lengthOfMonth(); d++) {
        LocalDate date = m.month().atDay(d);
        if (!k.days().contains(date.getDayOfWeek()) || m.schedule().closed().contains(date)) {
          continue;
        }
        in.merge(Designer.sorted(m.schedule().extra().getOrDefault(date, List.of())), 1, Integer::sum);
      }
      in.forEach((e, n) -> most.merge(e, n, Math::max));
    }
    List<Designer.Variant> out = new ArrayList<>();
    most.forEach((e, n) -> out.add(new Designer.Variant(e, n)));
    return out;
  }

  /**
   * The probability that a day of class {@code k} breaches at which a month would reach the bound on its own: the
   * month's days of that class are all at risk, 1 - (1 - p)^dates = bound.
   */
  private double dayBound(PlanSpace.DayClass k) {
    int most = 1;
    for (Scenario m : months) {
      int n = 0;
      for (int d = 1; d <= m.month().lengthOfMonth(); d++) {
        n += k.days().contains(m.month().atDay(d).getDayOfWeek()) ? 1 : 0;
      }
      most = Math.max(most, n);
    }
    return -Math.expm1(Math.log1p(-space.breachBound()) / most);
  }

  /** The kinds of day of month {@code i}, each judged on the final number of days. */
  Evaluation.Screening days(Candidate timed, int i, boolean own) {
    Scenario s = scenario(timed, i, own);
    Map<List<LocalTime>, List<LocalDate>> kinds = new LinkedHashMap<>();
    for (int d = 1; d <= s.month().lengthOfMonth(); d++) {
      LocalDate date = s.month().atDay(d);
      List<LocalTime> tours = s.schedule().toursOn(date);
      if (!tours.isEmpty()) {
        kinds.computeIfAbsent(tours, k -> new ArrayList<>()).add(date);
      }
    }
    DayJudge.Site site = judge.site(timed.resources());
    List<Evaluation.DayKind> out = new ArrayList<>();
    for (Map.Entry<List<LocalTime>, List<LocalDate>> e : kinds.entrySet()) {
      Designer.Result d = own ? null : designOf(timed, e.getValue().get(0).getDayOfWeek(), e.getKey());
      DayJudge.Tally t = d != null ? d.tally() : judged(site, e.getKey(), e.getValue().size());
      out.add(new Evaluation.DayKind(MonthBreach.kindName(e.getValue()), e.getKey(), e.getValue().size(), t.days, t.breached,
          new TreeMap<>(t.byLimit), d != null && !space.design().even(), d == null ? Map.of() : d.ruledOut(),
          d == null ? 1 : d.lists()));
    }
    Evaluation.Screening partial = new Evaluation.Screening(out, 0, 0, 0);
    return new Evaluation.Screening(out, MonthBreach.point(partial), MonthBreach.bound(partial, 0.025, true),
        MonthBreach.bound(partial, 0.025, false));
  }

  /**
   * A kind of day that was not designed (the file's own, or a date with extra tours) judged on doubling days up to
   * {@link Designer#FINAL_DAYS}, stopping once it is clearly unsafe for its {@code dates} a month.
   */
  private DayJudge.Tally judged(DayJudge.Site site, List<LocalTime> starts, int dates) {
    double dayBound = -Math.expm1(Math.log1p(-space.breachBound()) / dates);
    int n = space.screenReplications();
    while (true) {
      DayJudge.Tally t = judge.judge(site, List.of(starts), n).get(0);
      if (n >= Designer.FINAL_DAYS || ClopperPearson.lower(t.breached, t.days, SCREEN_ALPHA) > dayBound) {
        return t;
      }
      n = Math.min(Designer.FINAL_DAYS, 4 * n);
    }
  }

  /** The design whose starts a kind of day has (null: not a designed class's own list, e.g. with extra tours). */
  private Designer.Result designOf(Candidate c, DayOfWeek day, List<LocalTime> starts) {
    for (PlanSpace.DayClass k : space.classes()) {
      if (k.days().contains(day)) {
        Designer.Result r = designs.get(List.of(c.resources(), space.design().fixedFor(k.name()), c.toursOn(day),
            variants(k)));
        return r != null && starts.equals(r.starts()) ? r : null;
      }
    }
    return null;
  }

  /**
   * The chance constraint of a screened candidate tested on fresh months of every month of the plan; the
   * evaluation comes back with its confirmation (of the month that did worst) and, when it was not accepted, as
   * rejected or undecided.
   */
  Evaluation confirm(Evaluation e, boolean own) {
    List<TourSetup> setups = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      setups.add(compiler.compile(scenario(e.candidate(), i, own)));
    }
    List<KeptMonths> k = new ArrayList<>();
    List<Evaluation.Confirmation> each = Confirmer.confirmEach(setups, test, executor, confirmMonths, k);
    confirmations.put(e.candidate(), each);
    Evaluation checked = Confirmer.worst(e, each, test);
    // only the months of the candidate closest to passing are kept, for the diagnosis (a few MB, not one per try)
    double p = checked.confirmation().estimate();
    if (kept == null || p < keptEstimate || p == keptEstimate && keptOwn && !own) { // the plan space's first
      kept = List.copyOf(k);
      keptFor = checked.candidate();
      keptEstimate = p;
      keptOwn = own;
    }
    return checked;
  }

  /** Each month's confirmation of a candidate {@link #confirm} tested (in the plan's month order), or null. */
  List<Evaluation.Confirmation> confirmations(Candidate timed) {
    return confirmations.get(timed);
  }

  /** The counted target of a candidate in month {@code i} of the plan (cached with the screening's). */
  Evaluation.TargetEstimate monthTarget(Candidate c, int i, boolean own) {
    return checks.target(c, i, scenario(c, i, own));
  }

  /** The plan's months. */
  List<Scenario> months() {
    return months;
  }

  /**
   * The fresh months of a candidate, at least {@code n} of each month of the plan: the confirmation's own when it
   * is the candidate closest to passing, else simulated now (the same replications a confirmation uses, so the same
   * months).
   */
  List<KeptMonths> freshMonths(Candidate c, boolean own, int n) {
    List<KeptMonths> out = kept;
    if (c != keptFor) {
      out = new ArrayList<>();
      for (int i = 0; i < months.size(); i++) {
        out.add(new KeptMonths(compiler.compile(scenario(c, i, own))));
      }
    }
    extend(out, n);
    return out;
  }

  /** Simulates the fresh months of kept months up to {@code n} each (counted with the confirmations' months). */
  void extend(List<KeptMonths> kept, int n) {
    kept.forEach(k -> k.extend(executor, n, confirmMonths));
  }

  /** Limits over the first maxReplications months of the (first) month, simulated in full (what simulate runs). */
  Evaluation.SafetyEstimate firstMonths(Candidate c, boolean own) {
    Scenario s = scenario(c, 0, own);
    TourSetup setup = compiler.compile(s);
    int n = space.maxReplications();
    Breaches count = new Breaches(s.limits(), setup.layout()).add(executor.run(setup, 0, n), n);
    fullMonths += n;
    double[] w = Wilson.interval95(count.breached(), n);
    return new Evaluation.SafetyEstimate(n, count.breached(), count.byLimit(), w[0], w[1]);
  }

  /** A rejected or undecided verdict: its first definite failure, else the open question, and every failure. */
  static Evaluation verdict(Candidate c, double cost, PlanSpace.Calendar cal, Evaluation.Status status,
                                    String reason, String undecided, Evaluation.TargetEstimate t,
                                    Evaluation.Screening screening, List<String> failures) {
    if (status == null) {
      failures.add(0, "undecided: " + undecided);
      return new Evaluation(c, cost, cal.tours(), cal.days(), Evaluation.Status.UNDECIDED, undecided, t, null,
          List.copyOf(failures), null, screening);
    }
    if (undecided != null) {
      failures.add("undecided: " + undecided);
    }
    return new Evaluation(c, cost, cal.tours(), cal.days(), status, reason, t, null, List.copyOf(failures), null,
        screening);
  }

  /** The target estimate a frame's volume has in month 0 (for the heat map, the frontier and the diagnosis). */
  Evaluation.TargetEstimate target(Candidate c) {
    return checks.target(c, 0, builder.scenario(c, months.get(0)));
  }
}
