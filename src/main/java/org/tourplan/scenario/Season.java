package org.tourplan.scenario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The months {@code tourplan season} simulates (contract 4, {@code season}), each with the timetable it uses.
 *
 * @param from    first month
 * @param to      last month (at most 36 months in all)
 * @param phases  the file's phases, in order
 * @param months  every month from {@code from} to {@code to}, in order, with its timetable resolved
 * @param waiting the waiting goal (tourplan extension, {@code season.waiting}), or null
 */
public record Season(YearMonth from, YearMonth to, List<Phase> phases, List<Month> months, Waiting waiting) {

  /**
   * The season with another top-level weekly timetable: each month outside every phase takes these days (its own
   * closed and extra dates kept), as the file would resolve it with that {@code schedule.days}.
   */
  public Season withTopLevelDays(Map<DayOfWeek, List<LocalTime>> days) {
    List<Month> out = new ArrayList<>();
    for (Month m : months) {
      out.add(m.phase() >= 0 ? m : new Month(m.month(), m.phase(), m.schedule().withDays(days)));
    }
    return new Season(from, to, phases, out, waiting);
  }

  /** Most months a season may hold (contract 4). */
  public static final int MAX_MONTHS = 36;

  /** Immutable copies. */
  public Season {
    phases = List.copyOf(phases);
    months = List.copyOf(months);
  }

  /** A season without a waiting goal. */
  public Season(YearMonth from, YearMonth to, List<Phase> phases, List<Month> months) {
    this(from, to, phases, months, null);
  }

  /**
   * A phase: months sharing a timetable of their own.
   *
   * @param from   first month
   * @param to     last month
   * @param target the phase's own target (tourplan extension, {@code season.phases[i].target}; its keys not
   *               written taken from the top-level target), or null: the top-level target holds
   */
  public record Phase(YearMonth from, YearMonth to, Target target) {
    /** A phase without a target of its own. */
    public Phase(YearMonth from, YearMonth to) {
      this(from, to, null);
    }

    /** Whether the month lies in this phase. */
    public boolean contains(YearMonth m) {
      return !m.isBefore(from) && !m.isAfter(to);
    }

    /** "2025-01 to 2025-06", or "2025-07" for a one-month phase. */
    public String label() {
      return from.equals(to) ? from.toString() : from + " to " + to;
    }
  }

  /**
   * One month of the season.
   *
   * @param month    the calendar month
   * @param phase    index into {@link #phases()}, or -1 when the month uses the top-level schedule
   * @param schedule its timetable (the phase's, else the top-level one), closed and extra dates of that month only
   */
  public record Month(YearMonth month, int phase, Schedule schedule) { }

  /** The target month {@code m} is judged against: its phase's own, else {@code top} (the file's; may be null). */
  public Target targetOf(Month m, Target top) {
    if (m.phase() >= 0 && phases.get(m.phase()).target() != null) {
      return phases.get(m.phase()).target();
    }
    return top;
  }

  /** Whether some phase has a target of its own (the months' targets may then differ). */
  public boolean phaseTargets() {
    return phases.stream().anyMatch(p -> p.target() != null);
  }

  /**
   * The waiting goal (tourplan extension, {@code season.waiting}): of each month's new applicants from {@code from}
   * on, at least {@code share} (the mean over the lottery's replications) win a place within {@code withinMonths}
   * monthly draws, their first included. Months whose new applicants have fewer than {@code withinMonths} draws left
   * in the season are not judged. {@code tourplan season} says whether it holds; {@code tourplan plan} meets it.
   *
   * @param share        the share, above 0 and at most 1
   * @param withinMonths draws, 1 to the season's months
   * @param from         the first month whose new applicants it applies to
   */
  public record Waiting(double share, int withinMonths, YearMonth from) {
    /** The months whose new applicants are judged: from {@code from} to the last with {@code withinMonths} draws. */
    public List<YearMonth> cohorts(YearMonth seasonEnd) {
      List<YearMonth> out = new java.util.ArrayList<>();
      for (YearMonth c = from; !c.plusMonths(withinMonths - 1L).isAfter(seasonEnd); c = c.plusMonths(1)) {
        out.add(c);
      }
      return out;
    }
  }
}
