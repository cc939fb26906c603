package org.tourplan.tour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one tour in a traced month, as plain data for explanations and charts. Times are minutes from
 * 00:00 on the 1st of the month; NaN where the step never happened (a cancelled tour has only its check-in).
 *
 * @param tour           index of the tour in the month (time order)
 * @param date           its date
 * @param scheduledStart scheduled start
 * @param persons        attendees admitted (0: cancelled)
 * @param parties        parties admitted
 * @param turnedAway     persons refused past maxSize
 * @param guides         guides the group took
 * @param guidesAt       when it had them
 * @param vehicles       vehicles a ride needs (party packing)
 * @param visits         zones in route order
 * @param rides          rides in order, the last one to returnTo
 * @param end            end of the last ride
 * @param invited        every invited party in invitation order: its size and whether it came (the check-in draws,
 *                       shown or not, admitted or turned away)
 */
public record TourTimeline(int tour, LocalDate date, double scheduledStart, int persons, int parties, int turnedAway,
                           int guides, double guidesAt, int vehicles, List<Visit> visits, List<Ride> rides,
                           double end, List<Party> invited) {

  /** A timeline without the invited parties (built by hand, e.g. in tests). */
  public TourTimeline(int tour, LocalDate date, double scheduledStart, int persons, int parties, int turnedAway,
                      int guides, double guidesAt, int vehicles, List<Visit> visits, List<Ride> rides, double end) {
    this(tour, date, scheduledStart, persons, parties, turnedAway, guides, guidesAt, vehicles, visits, rides, end,
        List.of());
  }

  /**
   * One invited party at check-in.
   *
   * @param persons its size, as drawn from {@code group.partySize}
   * @param came    whether it came (else a no-show)
   */
  public record Party(int persons, boolean came) { }

  /** Whether nobody came. */
  public boolean cancelled() {
    return persons == 0;
  }

  /**
   * This tour's stays on the production floor (contract 2.6), in visit order: at a floor zone ({@code zone}, or
   * every floor zone when null) from the group's arrival there until its ride from that zone departs. The one
   * statement of the rule for everything that reads traces (explanations, charts).
   */
  public List<FloorStay> floorStays(String zone) {
    List<FloorStay> stays = new ArrayList<>();
    for (int i = 0; i < visits.size() && i < rides.size(); i++) {
      Visit v = visits.get(i);
      if (v.floor() && (zone == null || v.zone().equals(zone))) {
        stays.add(new FloorStay(i, v.arrive(), rides.get(i).depart()));
      }
    }
    return stays;
  }

  /**
   * One stay on the floor.
   *
   * @param visit index of the visit (and of the ride that ends the stay)
   * @param from  arrival at the zone
   * @param to    departure of the ride from it
   */
  public record FloorStay(int visit, double from, double to) { }

  /**
   * One zone visit.
   *
   * @param zone    zone id
   * @param floor   whether the zone is on the production floor
   * @param arrive  joined the entry queue
   * @param enter   entered
   * @param leave   left for the pickup
   */
  public record Visit(String zone, boolean floor, double arrive, double enter, double leave) { }

  /**
   * One ride.
   *
   * @param from      pickup zone
   * @param to        destination zone
   * @param requested asked for vehicles (left the zone)
   * @param ready     vehicles at the pickup
   * @param depart    boarding done, ride leaves
   * @param arrive    at the destination
   * @param vehicles  vehicle numbers (0-based) in pooled and planned modes, or empty in dedicated mode (the group's own)
   */
  public record Ride(String from, String to, double requested, double ready, double depart, double arrive,
                     List<Integer> vehicles) { }
}
