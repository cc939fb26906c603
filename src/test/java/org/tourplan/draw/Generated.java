package org.tourplan.draw;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.engine.RandomStream;

/** Random places and applicant lists for the property tests (fixed seeds). */
final class Generated {
  private Generated() {
  }

  /**
   * Random places in July 2025: 1 to 12 tours on random days, 1 to 8 parties a tour, parties of up to 4, and a
   * persons limit and fleet that bind only when {@code tight}.
   */
  static Places places(RandomStream r, boolean tight, Rule rule) {
    YearMonth m = YearMonth.of(2025, 7);
    List<Places.Tour> tours = new ArrayList<>();
    int n = 1 + r.nextInt(12);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(m.atDay(1 + r.nextInt(31)));
    }
    days.sort(null);
    for (LocalDate d : days) {
      tours.add(new Places.Tour(d, LocalTime.of(9 + r.nextInt(8), 0)));
    }
    tours.sort(java.util.Comparator.comparing(Places.Tour::date).thenComparing(Places.Tour::start));
    int parties = 1 + r.nextInt(8);
    int largest = 1 + r.nextInt(4);
    int maxPersons = tight ? Math.max(largest, parties * largest - r.nextInt(parties * largest)) : parties * largest;
    int seats = tight ? largest + r.nextInt(6) : 100;
    int vehicles = tight ? 1 + r.nextInt(3) : 100;
    return new Places(m, tours, parties, maxPersons, largest, vehicles, seats, rule);
  }

  /** {@code n} applicants: random parties, points 0..3, a third asking for a date or a day with a tour. */
  static Applicants applicants(RandomStream r, Places places, int n) {
    String[] ids = new String[n];
    int[] persons = new int[n];
    int[] points = new int[n];
    int[] preferred = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = "A" + i;
      persons[i] = 1 + r.nextInt(places.largestApplicant());
      points[i] = r.nextInt(4);
      if (r.nextInt(3) == 0 && !places.tours().isEmpty()) {
        LocalDate d = places.tours().get(r.nextInt(places.tours().size())).date();
        if (r.nextInt(2) == 0) {
          preferred[i] = 1 << (d.getDayOfMonth() - 1);
        } else {
          DayOfWeek w = d.getDayOfWeek();
          for (Places.Tour t : places.tours()) {
            if (t.date().getDayOfWeek() == w) {
              preferred[i] |= 1 << (t.date().getDayOfMonth() - 1);
            }
          }
        }
      }
    }
    String sha = String.format("%016x", r.nextLong()) + "0".repeat(48);
    return new Applicants(ids, persons, points, preferred, sha, true, true);
  }
}
