package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Schedule;

/** The timetable in words describes the schedule as written, not the regular week of its counts. */
class TimetableWordsTest {
  private static final YearMonth JULY = YearMonth.of(2025, 7);

  private static Schedule week(int mon, int tue, int wed, int thu, int fri, int sat, int sun) {
    Map<DayOfWeek, List<LocalTime>> days = new EnumMap<>(DayOfWeek.class);
    int[] n = {mon, tue, wed, thu, fri, sat, sun};
    for (DayOfWeek d : DayOfWeek.values()) {
      if (n[d.getValue() - 1] > 0) {
        days.put(d, java.util.stream.IntStream.range(0, n[d.getValue() - 1]).mapToObj(i -> LocalTime.of(9 + i, 0))
            .toList());
      }
    }
    return new Schedule(days, Set.of(), Map.of());
  }

  @Test
  void aRegularWeekReadsAsTheCandidatesDo() {
    assertEquals("1 tour every weekday, 6 every Saturday and Sunday", TimetableWords.of(week(1, 1, 1, 1, 1, 6, 6),
        JULY));
    assertEquals(new Candidate(1, 6, 6, 0, 2, 4).pattern(), TimetableWords.of(week(1, 1, 1, 1, 1, 6, 6), JULY));
    assertEquals("no weekday tours, 3 tours every Saturday and Sunday", TimetableWords.of(week(0, 0, 0, 0, 0, 3, 3),
        JULY));
    assertEquals("2 tours every weekday, no weekend tours", TimetableWords.of(week(2, 2, 2, 2, 2, 0, 0), JULY));
  }

  @Test
  void anIrregularWeekNamesItsDays() {
    assertEquals("1 tour every weekday, 6 every Saturday, 1 every Sunday",
        TimetableWords.of(week(1, 1, 1, 1, 1, 6, 1), JULY));
    assertEquals("3 tours every Monday", TimetableWords.of(week(3, 0, 0, 0, 0, 0, 0), JULY));
    assertEquals("2 tours every Monday, Wednesday and Friday, 1 every Tuesday",
        TimetableWords.of(week(2, 1, 2, 0, 2, 0, 0), JULY));
    assertEquals("1 tour every Tuesday", TimetableWords.of(week(0, 1, 0, 0, 0, 0, 0), JULY));
  }

  @Test
  void closedDatesAndExtraToursOfTheMonthAreCounted() {
    Schedule w = week(1, 1, 1, 1, 1, 6, 6);
    Set<LocalDate> closed = new LinkedHashSet<>(List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
        LocalDate.of(2025, 8, 1))); // August's date is another month's
    Map<LocalDate, List<LocalTime>> extra = new LinkedHashMap<>();
    extra.put(LocalDate.of(2025, 7, 10), List.of(LocalTime.of(15, 0), LocalTime.of(16, 0)));
    extra.put(LocalDate.of(2025, 7, 11), List.of(LocalTime.of(15, 0)));
    extra.put(LocalDate.of(2025, 7, 1), List.of(LocalTime.of(15, 0))); // on a closed date: no tour
    assertEquals("1 tour every weekday, 6 every Saturday and Sunday (2 dates closed, 3 extra tours)",
        TimetableWords.of(new Schedule(w.days(), closed, extra), JULY));
    assertEquals("1 tour every weekday, 6 every Saturday and Sunday (1 extra tour)",
        TimetableWords.of(new Schedule(w.days(), Set.of(), Map.of(LocalDate.of(2025, 7, 11),
            List.of(LocalTime.of(15, 0)))), JULY));
  }
}
