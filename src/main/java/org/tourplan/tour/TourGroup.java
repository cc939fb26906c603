package org.tourplan.tour;

import org.tourplan.engine.EventHandler;
import org.tourplan.engine.RandomStream;

/**
 * One tour's group as a state machine (contract 2.2-2.4): check-in, guides, then for each route zone queue, enter,
 * dwell, leave, wait for its ride, board and ride on, until the last ride reaches {@code returnTo}. Created once
 * per tour of the month and reused across replications, so a month allocates nothing per event.
 */
final class TourGroup implements EventHandler {
  static final int CHECKIN = 0;
  static final int GUIDES = 1;
  static final int ENTER = 2;
  static final int DWELL_END = 3;
  static final int FLEET = 4;
  static final int READY = 5;
  static final int DEPART = 6;
  static final int ARRIVE = 7;

  private final MonthSimulation m;
  private final TourSetup s;
  final int tour;
  int target;

  private final RandomStream checkin = new RandomStream(0);
  private final RandomStream dwell = new RandomStream(0);
  private final RandomStream board = new RandomStream(0);
  private final CheckIn drawn = new CheckIn();
  final int[] parties;     // sizes of the admitted parties, in invitation order
  int partyCount;
  int persons;
  int vehiclesNeeded;
  private int guidesHeld;
  final int[] vehicleIds;  // pooled and planned: the vehicles currently with this group
  int vehicleCount;
  private int leg;         // position in the route of the zone being visited
  private double arrival;  // when the group joined the current zone's queue
  private double leftZone; // when it left the current zone for the pickup
  private double firstEntry;
  private double noise;    // noise dose percent so far

  TourGroup(MonthSimulation m, TourSetup s, int tour) {
    this.m = m;
    this.s = s;
    this.tour = tour;
    this.parties = new int[s.invited];
    this.vehicleIds = new int[s.vehicles];
  }

  /** Prepares the group for a new month: its own streams, keyed by the tour's identity, not by event order. */
  void reset(long checkinBase, long dwellBase, long boardBase) {
    long key = s.tourKey[tour];
    checkin.reseed(TourSetup.derive(checkinBase, key));
    dwell.reseed(TourSetup.derive(dwellBase, key));
    board.reseed(TourSetup.derive(boardBase, key));
    partyCount = 0;
    persons = 0;
    vehiclesNeeded = 0;
    guidesHeld = 0;
    vehicleCount = 0;
    leg = 0;
    noise = 0;
  }

  @Override
  public void handle(int payload) {
    switch (payload) {
      case CHECKIN -> checkIn();
      case GUIDES -> guidesGranted();
      case ENTER -> entered();
      case DWELL_END -> dwellEnded();
      case FLEET, READY -> vehiclesReady();
      case DEPART -> departed();
      case ARRIVE -> arrived();
      default -> throw new IllegalStateException("unknown step " + payload);
    }
  }

  private void checkIn() {
    if (m.trace != null) {
      drawn.invitedSizes = new int[s.invited];
      drawn.invitedCame = new boolean[s.invited];
    }
    drawn.draw(checkin, s, parties);
    persons = drawn.persons;
    partyCount = drawn.parties;
    int refused = drawn.refused;
    m.stats.checkedIn(persons, partyCount, refused);
    if (persons > 0) {
      vehiclesNeeded = m.packing.vehicles(parties, partyCount, s.seats);
      guidesHeld = s.guideRule.needed(persons);
    }
    if (m.trace != null) {
      m.trace.checkIn(tour, persons, partyCount, refused, guidesHeld, vehiclesNeeded);
      m.trace.invited(tour, drawn.invitedSizes, drawn.invitedCame);
      drawn.invitedSizes = null;
      drawn.invitedCame = null;
    }
    m.fleet.checkedIn(tour, persons > 0 ? vehiclesNeeded : 0);
    if (persons == 0) {
      return;
    }
    m.guides.request(guidesHeld, target, GUIDES);
  }

  private void guidesGranted() {
    m.stats.guideWait(m.sim.now() - s.tourStart[tour]);
    if (m.trace != null) {
      m.trace.guides(tour, m.sim.now());
    }
    leg = 0;
    arriveAtZone();
  }

  private void arriveAtZone() {
    int z = s.route[leg];
    double now = m.sim.now();
    arrival = now;
    if (m.trace != null) {
      m.trace.arrive(tour, now);
    }
    if (s.floor[z]) {
      m.stats.floorChange(z, now, persons);
    }
    m.gates[z].request(persons, target, ENTER);
  }

  private void entered() {
    int z = s.route[leg];
    double now = m.sim.now();
    m.stats.entered(z, now, now - arrival, persons);
    if (leg == 0) {
      firstEntry = now;
    }
    if (m.trace != null) {
      m.trace.enter(tour, now);
    }
    double d = s.dwell[z].sample(dwell);
    noise += d * s.noisePerMinute[z];
    m.stats.blackoutViolations(s.blackout[z].openingsStrictlyInside(now, now + d));
    m.fleet.entered(this, z);
    m.sim.at(now + d, target, DWELL_END);
  }

  private void dwellEnded() {
    int z = s.route[leg];
    double now = m.sim.now();
    m.gates[z].leave(persons);
    m.stats.left(z, now, persons);
    leftZone = now;
    if (m.trace != null) {
      m.trace.leave(tour, z, now);
    }
    m.fleet.request(this, leg, z);
  }

  /** The fleet sent this group its vehicles: they are at the pickup at {@code ready} (now, if not later). */
  void dispatched(double ready) {
    if (ready > m.sim.now()) {
      m.sim.at(ready, target, READY);
    } else {
      vehiclesReady();
    }
  }

  private void vehiclesReady() {
    int z = s.route[leg];
    double now = m.sim.now();
    m.stats.shuttleWait(z, now - leftZone);
    double depart = now + s.board.sample(board);
    if (m.trace != null) {
      m.trace.ready(tour, now, vehicleIds, vehicleCount);
      m.trace.depart(tour, depart);
    }
    if (s.floor[z]) {
      m.sim.at(depart, target, DEPART); // the floor count drops only when the ride leaves
    } else {
      m.sim.at(depart + s.travel[z][destination()], target, ARRIVE);
    }
  }

  private void departed() {
    int z = s.route[leg];
    double now = m.sim.now();
    m.stats.floorChange(z, now, -persons);
    m.sim.at(now + s.travel[z][destination()], target, ARRIVE);
  }

  private int destination() {
    return leg + 1 < s.route.length ? s.route[leg + 1] : s.returnTo;
  }

  private void arrived() {
    if (m.trace != null) {
      m.trace.rideArrived(tour, s.route[leg], destination(), m.sim.now());
    }
    leg++;
    if (leg < s.route.length) {
      arriveAtZone();
    } else {
      endTour();
    }
  }

  private void endTour() {
    double now = m.sim.now();
    double minutes = now - firstEntry;
    m.stats.tourEnded(tour, now, minutes, noise);
    if (m.trace != null) {
      m.trace.end(tour, now);
    }
    m.guides.release(guidesHeld);
    m.fleet.tourEnded(this, s.returnTo);
  }
}
