package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One point of the plan space: tours on each day of the week, the group, the fleet, the guides and, once the
 * planner has chosen them, the start times of each day. Without start times it is a frame: what its cost and
 * visitors depend on (counts, group, fleet, guides), whose start times the planner then designs.
 *
 * @param week         tours on Monday .. Sunday (seven counts)
 * @param groupSize    places per tour
 * @param overbook     extra places per tour
 * @param vehicles     shuttles
 * @param guides       guides
 * @param starts       start times by day of the week (days without tours left out); empty for a frame whose starts
 *                     are not chosen yet
 * @param timetable    the timetable in words when it is the file's own as written and not the regular week of its
 *                     counts (another number of tours on some day, closed dates, extra tours), or null
 */
public record Candidate(List<Integer> week, int groupSize, int overbook, int vehicles, int guides,
                        Map<DayOfWeek, List<LocalTime>> starts, String timetable) implements Comparable<Candidate> {

  /** Immutable copies. */
  public Candidate {
    if (week.size() != 7) {
      throw new IllegalArgumentException("a week has seven days, got " + week);
    }
    week = List.copyOf(week);
    Map<DayOfWeek, List<LocalTime>> copy = new EnumMap<>(DayOfWeek.class);
    starts.forEach((d, t) -> copy.put(d, List.copyOf(t)));
    starts = Collections.unmodifiableMap(copy);
  }

  /** A frame of the regular week: {@code weekdayTours} every weekday, {@code weekendTours} each weekend day. */
  public Candidate(int weekdayTours, int weekendTours, int groupSize, int overbook, int vehicles, int guides) {
    this(regularWeek(weekdayTours, weekendTours), groupSize, overbook, vehicles, guides, Map.of(), null);
  }

  static List<Integer> regularWeek(int weekday, int weekend) {
    return List.of(weekday, weekday, weekday, weekday, weekday, weekend, weekend);
  }

  /** Tours on a weekday: Monday's when the weekdays agree, else the most on any weekday. */
  public int weekdayTours() {
    return Math.max(Math.max(week.get(0), week.get(1)), Math.max(Math.max(week.get(2), week.get(3)), week.get(4)));
  }

  /** Tours on a weekend day: the most on Saturday or Sunday. */
  public int weekendTours() {
    return Math.max(week.get(5), week.get(6));
  }

  /** Tours on a day of the week. */
  public int toursOn(DayOfWeek d) {
    return week.get(d.getValue() - 1);
  }

  /** Whether every weekday has the same count and both weekend days too. */
  public boolean regular() {
    return week.subList(0, 5).stream().distinct().count() == 1 && week.get(5).equals(week.get(6));
  }

  /** The same candidate without start times: its frame. */
  public Candidate frame() {
    return new Candidate(week, groupSize, overbook, vehicles, guides, Map.of(), null);
  }

  /** The candidate with these start times. */
  Candidate withStarts(Map<DayOfWeek, List<LocalTime>> s) {
    return new Candidate(week, groupSize, overbook, vehicles, guides, s, timetable);
  }

  /** In words, e.g. "1 tour every weekday, 6 every Saturday and Sunday, 20 places, 6 vehicles, 4 guides". */
  public String label() {
    return String.format(Locale.ROOT, "%s, %d places%s, %d shuttle%s, %d guide%s", pattern(), groupSize,
        overbook > 0 ? " (+" + overbook + " overbooked)" : "", vehicles, vehicles == 1 ? "" : "s", guides,
        guides == 1 ? "" : "s");
  }

  /**
   * The week in words (see {@link TimetableWords}): "1 tour every weekday, 6 every Saturday and Sunday"; for the
   * file's own irregular timetable, as written ("3 tours every Monday (2 dates closed)").
   */
  public String pattern() {
    return timetable != null ? timetable : TimetableWords.week(week);
  }

  /** The start times in words, "Mon-Fri 14:00; Sat, Sun 09:00, 10:30, 12:00" (empty when not chosen). */
  public String startsText() {
    return TimetableWords.starts(starts);
  }

  /** Tours in a week. */
  public int toursPerWeek() {
    return week.stream().mapToInt(Integer::intValue).sum();
  }

  /** The parts that decide visitors (the fleet, the guides and the start times never turn anyone away). */
  Volume volume() {
    return new Volume(week, groupSize, overbook);
  }

  /** The resources a day's tours share, whatever their number and starts. */
  Resources resources() {
    return new Resources(groupSize, overbook, vehicles, guides);
  }

  /** A fixed, total order used to break cost ties, so that the search is reproducible. */
  @Override
  public int compareTo(Candidate o) {
    List<Integer> a = new ArrayList<>(week);
    a.addAll(List.of(groupSize, overbook, vehicles, guides));
    List<Integer> b = new ArrayList<>(o.week);
    b.addAll(List.of(o.groupSize, o.overbook, o.vehicles, o.guides));
    for (int i = 0; i < a.size(); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return startsText().compareTo(o.startsText());
  }

  /** The candidate's visitor-deciding parts. */
  record Volume(List<Integer> week, int groupSize, int overbook) { }

  /** Group and fleet: what a day of tours is simulated with. */
  record Resources(int groupSize, int overbook, int vehicles, int guides) { }
}
