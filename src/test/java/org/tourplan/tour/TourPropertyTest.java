package org.tourplan.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tourplan.engine.RandomStream;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;
import org.tourplan.testing.ScenarioBuilder;
import org.tourplan.tour.TourTimeline.Ride;
import org.tourplan.tour.TourTimeline.Visit;

/**
 * Random scenarios (zones, routes, capacities, headways, blackouts, both fleet modes, party mixes) checked against
 * the rules of contract 2.2-2.4 on every tour's timeline: capacity and group counts never exceeded, headways kept,
 * no entry in a blackout, strict FIFO at every zone, rides in order, and counts that add up.
 */
class TourPropertyTest {
  private static final double EPS = 1e-9;

  @Test
  void randomScenariosKeepEveryRule() {
    for (long seed = 1; seed <= 120; seed++) {
      RandomStream r = new RandomStream(seed);
      Scenario sc = randomScenario(r, seed);
      TourSetup setup = new TourSetup(sc);
      double[] out = new double[setup.layout().size()];
      List<TourTimeline> tours = new MonthSimulation(setup).trace((int) seed, out);
      check(sc, setup, tours, out, "seed " + seed);
    }
  }

  @Test
  void visitorCounterGivesTheSimulatedVisitorsExactly() {
    for (long seed = 1; seed <= 60; seed++) {
      TourSetup setup = new TourSetup(randomScenario(new RandomStream(seed), seed));
      MonthSimulation month = new MonthSimulation(setup);
      VisitorCounter counter = new VisitorCounter(setup);
      double[] out = new double[setup.layout().size()];
      long[] counted = new long[2];
      for (int rep = 0; rep < 5; rep++) {
        month.run(rep, out);
        counter.count(rep, counted);
        assertEquals(out[setup.layout().visitors()], counted[0], 0.0, "seed " + seed + " rep " + rep);
        assertEquals(out[setup.layout().places()], counted[1], 0.0, "seed " + seed + " rep " + rep);
      }
    }
  }

  private static Scenario randomScenario(RandomStream r, long seed) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.seed = seed;
    b.size = 2 + r.nextInt(10);
    b.party = new TreeMap<>(Map.of(1, 0.3, 2, 0.4, 3, 0.3));
    b.noShow = r.nextInt(3) * 0.15;
    b.overbook = r.nextInt(3);
    int largest = Math.min((b.size + b.overbook) * 3, 20 + r.nextInt(20));
    b.maxSize = largest;
    int zones = 2 + r.nextInt(3);
    List<String> ids = new ArrayList<>();
    for (int z = 0; z < zones; z++) {
      String id = "z" + z;
      ids.add(id);
      Distribution dwell = switch (r.nextInt(3)) {
        case 0 -> new Distribution.Constant(5 + r.nextInt(10));
        case 1 -> new Distribution.Triangular(3, 8, 20);
        default -> new Distribution.Exponential(7);
      };
      b.zone(id, largest + r.nextInt(2) * largest, 1 + r.nextInt(3), r.nextInt(3) * 2.0, dwell, z > 0,
          z > 0 ? 30.0 : null, z > 0 ? 80.0 + r.nextInt(10) : null);
    }
    List<String> route = new ArrayList<>(ids);
    if (r.nextInt(3) == 0) {
      route.add(ids.get(1)); // a zone visited twice
    }
    b.route(route.toArray(String[]::new));
    for (int z = 1; z < zones; z++) {
      b.leg(ids.get(z - 1), ids.get(z), 1 + r.nextInt(6));
    }
    b.leg(ids.get(zones - 1), ids.get(0), 1 + r.nextInt(6));
    b.board = r.nextInt(2) == 0 ? new Distribution.Constant(r.nextInt(3)) : new Distribution.Uniform(0, 3);
    b.mode = r.nextInt(2) == 0 ? Shuttles.Mode.DEDICATED : Shuttles.Mode.POOLED;
    b.seats = 8 + r.nextInt(10);
    b.vehicles = (largest * 2 / b.seats) + 1 + r.nextInt(3);
    b.perGuide = 10 + r.nextInt(20);
    b.guides = (largest + b.perGuide - 1) / b.perGuide + r.nextInt(3);
    for (int d = 1; d <= 31; d += 1 + r.nextInt(4)) {
      int n = 1 + r.nextInt(5);
      String[] times = new String[n];
      for (int i = 0; i < n; i++) {
        int minute = 8 * 60 + r.nextInt(10 * 60 / 5) * 5;
        times[i] = LocalTime.of(minute / 60, minute % 60).toString();
      }
      java.util.Arrays.sort(times);
      b.tours(d, times);
    }
    if (r.nextInt(2) == 0) {
      b.limits = new Limits(null, null, null, null, null, null,
          List.of(new Limits.Blackout(List.of(ids.get(1)), LocalTime.of(12, 0), LocalTime.of(12, 30))));
    }
    return b.build();
  }

  private record Entry(String tour, double arrive, double enter, double leave, int persons) { }

  private static void check(Scenario sc, TourSetup setup, List<TourTimeline> tours, double[] out, String what) {
    MetricLayout l = setup.layout();
    int run = 0;
    int persons = 0;
    Map<String, List<Entry>> byZone = new TreeMap<>();
    for (TourTimeline t : tours) {
      if (t.cancelled()) {
        assertTrue(t.visits().isEmpty(), what);
        continue;
      }
      run++;
      persons += t.persons();
      assertTrue(t.persons() <= sc.group().maxSize(), what);
      assertEquals(sc.route().size(), t.visits().size(), what);
      assertEquals(sc.route().size(), t.rides().size(), what);
      assertTrue(t.guidesAt() >= t.scheduledStart() - EPS, what);
      double clock = t.guidesAt();
      for (int i = 0; i < t.visits().size(); i++) {
        Visit v = t.visits().get(i);
        Ride ride = t.rides().get(i);
        assertEquals(sc.route().get(i), v.zone(), what);
        assertTrue(clock - EPS <= v.arrive() && v.arrive() <= v.enter() && v.enter() <= v.leave(), what);
        assertTrue(v.leave() == ride.requested() && ride.requested() <= ride.ready()
            && ride.ready() <= ride.depart() && ride.depart() <= ride.arrive(), what);
        assertEquals(setup.travel[setup.zoneIds().indexOf(ride.from())][setup.zoneIds().indexOf(ride.to())],
            ride.arrive() - ride.depart(), 1e-9, what);
        clock = ride.arrive();
        byZone.computeIfAbsent(v.zone(), k -> new ArrayList<>())
            .add(new Entry(t.tour() + "/" + i, v.arrive(), v.enter(), v.leave(), t.persons()));
        if (sc.shuttles().mode() == Shuttles.Mode.POOLED) {
          assertEquals(t.vehicles(), ride.vehicles().size(), what);
        }
      }
      assertEquals(clock, t.end(), 0.0, what);
    }
    assertEquals(run, out[l.tours], 0.0, what);
    assertEquals(persons, out[l.visitors], 0.0, what);
    assertEquals(run * sc.route().size(), out[l.shuttleRides], 0.0, what);
    for (Zone z : sc.zones().values()) {
      List<Entry> entries = byZone.getOrDefault(z.id(), List.of());
      int zi = setup.zoneIds().indexOf(z.id());
      assertEquals(entries.size(), out[l.zoneEntries[zi]], 0.0, what);
      checkZone(sc, z, entries, what + " zone " + z.id());
    }
  }

  private static void checkZone(Scenario sc, Zone z, List<Entry> entries, String what) {
    // strict FIFO: entering in the order of arriving (equal arrivals may go either way)
    for (Entry a : entries) {
      for (Entry b : entries) {
        if (a.arrive() < b.arrive()) {
          assertTrue(a.enter() <= b.enter(), what + " FIFO: " + a + " arrived before " + b);
        }
      }
    }
    List<Entry> byEntry = new ArrayList<>(entries);
    byEntry.sort(Comparator.comparingDouble(Entry::enter));
    for (int i = 1; i < byEntry.size(); i++) {
      assertTrue(byEntry.get(i).enter() - byEntry.get(i - 1).enter() >= z.headway() - EPS, what + " headway");
    }
    for (Entry e : entries) {
      // occupancy just after this entry, counting everyone inside then
      int persons = 0;
      int groups = 0;
      for (Entry o : entries) {
        if (o.enter() <= e.enter() && e.enter() < o.leave() || o == e) {
          persons += o.persons();
          groups++;
        }
      }
      assertTrue(persons <= z.capacity(), what + " capacity " + persons);
      assertTrue(groups <= z.maxGroups(), what + " maxGroups " + groups);
      for (Limits.Blackout b : sc.limits().blackouts()) {
        if (b.zones().contains(z.id())) {
          double m = e.enter() % 1440;
          double from = b.from().toSecondOfDay() / 60.0;
          double to = b.to().toSecondOfDay() / 60.0;
          assertTrue(m < from || m >= to, what + " entered at minute " + m + " inside a blackout");
        }
      }
    }
  }
}
