package org.tourplan.plan;

import java.util.Locale;

/**
 * One point of the plan space: a weekly pattern of tours, the group, the fleet and the guides.
 *
 * @param weekdayTours tours on each weekday
 * @param weekendTours tours on each weekend day
 * @param groupSize    places per tour
 * @param overbook     extra places per tour
 * @param vehicles     shuttles
 * @param guides       guides
 * @param timetable    the timetable in words when it is not the regular week of its counts (the file's own
 *                     timetable as written: another number of tours on some day, closed dates, extra tours), or
 *                     null
 */
public record Candidate(int weekdayTours, int weekendTours, int groupSize, int overbook, int vehicles, int guides,
                        String timetable) implements Comparable<Candidate> {

  /** A candidate of the plan space: the regular week of its counts. */
  public Candidate(int weekdayTours, int weekendTours, int groupSize, int overbook, int vehicles, int guides) {
    this(weekdayTours, weekendTours, groupSize, overbook, vehicles, guides, null);
  }

  /** In words, e.g. "1 tour every weekday, 6 every Saturday and Sunday, 20 places, 6 vehicles, 4 guides". */
  public String label() {
    return String.format(Locale.ROOT, "%s, %d places%s, %d vehicle%s, %d guide%s", pattern(), groupSize,
        overbook > 0 ? " (+" + overbook + " overbooked)" : "", vehicles, vehicles == 1 ? "" : "s", guides,
        guides == 1 ? "" : "s");
  }

  /**
   * The timetable in words (see {@link TimetableWords}): "1 tour every weekday, 6 every Saturday and Sunday"; for
   * the file's own irregular timetable, as written ("3 tours every Monday (2 dates closed)").
   */
  public String pattern() {
    return timetable != null ? timetable : TimetableWords.regular(weekdayTours, weekendTours);
  }

  /** Tours in a week. */
  public int toursPerWeek() {
    return 5 * weekdayTours + 2 * weekendTours;
  }

  /** The parts that decide visitors (the fleet and guides never turn anyone away). */
  Volume volume() {
    return new Volume(weekdayTours, weekendTours, groupSize, overbook);
  }

  /** A fixed, total order used to break cost ties, so that the search is reproducible. */
  @Override
  public int compareTo(Candidate o) {
    int[] a = {weekdayTours, weekendTours, groupSize, overbook, vehicles, guides};
    int[] b = {o.weekdayTours, o.weekendTours, o.groupSize, o.overbook, o.vehicles, o.guides};
    return java.util.Arrays.compare(a, b);
  }

  /** The candidate's visitor-deciding parts. */
  record Volume(int weekdayTours, int weekendTours, int groupSize, int overbook) { }
}
