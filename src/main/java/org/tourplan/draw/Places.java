package org.tourplan.draw;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.scenario.Scenario;

/**
 * What the month offers the draw: its tours in calendar order, and what each may take. Built from a scenario (the
 * tour model's calendar rule, {@code Schedule.toursOn}) or read back from a draw's record, so that a draw can be
 * checked from its record alone.
 *
 * @param month          the month drawn
 * @param tours          the month's tours, by date then start (equal starts in file order)
 * @param partiesPerTour places of one tour: {@code group.size + group.overbook} parties
 * @param maxPersons     most persons one tour may take: {@code group.maxSize}
 * @param largestParty   the largest party a place admits: {@code group.partySize}'s largest size
 * @param vehicles       the fleet that carries one tour's group, parties never split ({@code shuttles.vehicles})
 * @param seats          seats per vehicle ({@code shuttles.seats})
 * @param rule           the draw's rule ({@code demand.preferencePoints})
 */
public record Places(YearMonth month, List<Tour> tours, int partiesPerTour, int maxPersons, int largestParty,
                     int vehicles, int seats, Rule rule) {

  /** One tour. */
  public record Tour(LocalDate date, LocalTime start) { }

  /** Checks the numbers and copies the list. */
  public Places {
    tours = List.copyOf(tours);
    if (partiesPerTour < 1 || maxPersons < 1 || largestParty < 1 || vehicles < 1 || seats < 1) {
      throw new IllegalArgumentException("places: " + partiesPerTour + " parties, " + maxPersons + " persons, "
          + "party " + largestParty + ", " + vehicles + " x " + seats + " seats");
    }
    for (Tour t : tours) {
      if (!YearMonth.from(t.date()).equals(month)) {
        throw new IllegalArgumentException("tour " + t + " outside " + month);
      }
    }
  }

  /** The places of a one-month scenario (for a season's month, {@code Scenario.forMonth} first). */
  public static Places of(Scenario s) {
    List<Tour> tours = new ArrayList<>();
    for (int d = 1; d <= s.month().lengthOfMonth(); d++) {
      LocalDate date = s.month().atDay(d);
      for (LocalTime t : s.schedule().toursOn(date)) {
        tours.add(new Tour(date, t));
      }
    }
    boolean points = s.demand() != null && s.demand().preferencePoints();
    return new Places(s.month(), tours, s.group().invited(), s.group().maxSize(), s.group().largestParty(),
        s.shuttles().vehicles(), s.shuttles().seats(), points ? Rule.POINTS : Rule.UNIFORM);
  }

  /** Places of the month: tours x parties per tour. */
  public long places() {
    return (long) tours.size() * partiesPerTour;
  }

  /** The largest party an applicant may bring: a place's largest party, and never more than a tour takes. */
  public int largestApplicant() {
    return Math.min(largestParty, Math.min(maxPersons, seats));
  }
}
