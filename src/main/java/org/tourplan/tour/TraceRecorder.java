package org.tourplan.tour;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the timeline of every tour of one month. Only attached when a month is to be explained (traces are
 * never recorded by default), so it may allocate freely; the simulation calls it through a null check.
 */
final class TraceRecorder {
  private final TourSetup s;
  private final Tour[] tours;

  TraceRecorder(TourSetup s) {
    this.s = s;
    this.tours = new Tour[s.tourCount];
    for (int i = 0; i < tours.length; i++) {
      tours[i] = new Tour();
    }
  }

  private static final class Tour {
    int persons;
    int parties;
    int turnedAway;
    int guides;
    double guidesAt = Double.NaN;
    int vehicles;
    double end = Double.NaN;
    List<TourTimeline.Party> invited = List.of();
    final List<TourTimeline.Visit> visits = new ArrayList<>();
    final List<TourTimeline.Ride> rides = new ArrayList<>();
    // the visit and ride in progress
    double arrive;
    double enter;
    double rideRequested;
    double rideReady;
    double rideDepart;
    List<Integer> rideVehicles = List.of();
  }

  void checkIn(int tour, int persons, int parties, int turnedAway, int guides, int vehicles) {
    Tour t = tours[tour];
    t.persons = persons;
    t.parties = parties;
    t.turnedAway = turnedAway;
    t.guides = guides;
    t.vehicles = vehicles;
  }

  void invited(int tour, int[] sizes, boolean[] came) {
    List<TourTimeline.Party> out = new ArrayList<>(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      out.add(new TourTimeline.Party(sizes[i], came[i]));
    }
    tours[tour].invited = List.copyOf(out);
  }

  void guides(int tour, double at) {
    tours[tour].guidesAt = at;
  }

  void arrive(int tour, double at) {
    tours[tour].arrive = at;
  }

  void enter(int tour, double at) {
    tours[tour].enter = at;
  }

  void leave(int tour, int zone, double at) {
    Tour t = tours[tour];
    t.visits.add(new TourTimeline.Visit(s.zoneIds[zone], s.floor[zone], t.arrive, t.enter, at));
    t.rideRequested = at;
  }

  void ready(int tour, double at, int[] vehicleIds, int count) {
    Tour t = tours[tour];
    t.rideReady = at;
    List<Integer> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(vehicleIds[i]);
    }
    t.rideVehicles = List.copyOf(ids);
  }

  void depart(int tour, double at) {
    tours[tour].rideDepart = at;
  }

  void rideArrived(int tour, int from, int to, double at) {
    Tour t = tours[tour];
    t.rides.add(new TourTimeline.Ride(s.zoneIds[from], s.zoneIds[to], t.rideRequested, t.rideReady, t.rideDepart,
        at, t.rideVehicles));
  }

  void end(int tour, double at) {
    tours[tour].end = at;
  }

  List<TourTimeline> timelines() {
    List<TourTimeline> out = new ArrayList<>(tours.length);
    for (int i = 0; i < tours.length; i++) {
      Tour t = tours[i];
      out.add(new TourTimeline(i, s.scenario.month().atDay(s.tourDay[i]), s.tourStart[i], t.persons, t.parties,
          t.turnedAway, t.guides, t.guidesAt, t.vehicles, List.copyOf(t.visits), List.copyOf(t.rides), t.end,
          t.invited));
    }
    return out;
  }
}
