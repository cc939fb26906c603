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
 * @param from   first month
 * @param to     last month (at most 36 months in all)
 * @param phases the file's phases, in order
 * @param months every month from {@code from} to {@code to}, in order, with its timetable resolved
 */
public record Season(YearMonth from, YearMonth to, List<Phase> phases, List<Month> months) {

  /** Immutable copies. */
  public Season {
    phases = List.copyOf(phases);
    months = List.copyOf(months);
  }

  /**
   * The season with another top-level weekly timetable: each month outside every phase takes these days (its own
   * closed and extra dates kept), as the file would resolve it with that {@code schedule.days}.
   */
  public Season withTopLevelDays(Map<DayOfWeek, List<LocalTime>> days) {
    List<Month> out = new ArrayList<>();
    for (Month m : months) {
      out.add(m.phase() >= 0 ? m : new Month(m.month(), m.phase(), m.schedule().withDays(days)));
    }
    return new Season(from, to, phases, out);
  }

  /** Most months a season may hold (contract 4). */
  public static final int MAX_MONTHS = 36;

  /**
   * A phase: months sharing a timetable of their own.
   *
   * @param from first month
   * @param to   last month
   */
  public record Phase(YearMonth from, YearMonth to) {
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
}
