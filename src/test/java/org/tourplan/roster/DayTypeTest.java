package org.tourplan.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds of day, the dates that share one shuttle plan, and how the shuttles command names them. */
class DayTypeTest {
  private static final LocalDate TUE = LocalDate.of(2025, 7, 1);

  @Test
  void kindsOfDayAreNamedByTheirWeekdaysExceptionsOrDates() {
    assertEquals("Mon-Fri", DayType.daysLabel(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    assertEquals("Mon, Wed-Fri, Sun", DayType.daysLabel(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY)));
    DayPlan any = new DayPlan(TUE, 0, 0, List.of(), List.of(), List.of(), 0, 0, 0.0);
    // every Tuesday of July 2025 (1, 8, 15, 22, 29) but the 15th
    List<LocalDate> tuesdays = List.of(TUE, TUE.plusDays(7), TUE.plusDays(21), TUE.plusDays(28));
    assertEquals("Tue except 2025-07-15", new DayType(tuesdays, any).label());
    assertEquals("2025-07-01 Tue, 2025-07-08 Tue", new DayType(tuesdays.subList(0, 2), any).label());
    assertEquals("Tue", new DayType(List.of(TUE, TUE.plusDays(7), TUE.plusDays(14), TUE.plusDays(21),
        TUE.plusDays(28)), any).label());
    assertTrue(new DayType(List.of(TUE), any).label().equals("2025-07-01 Tue"));
  }
}
