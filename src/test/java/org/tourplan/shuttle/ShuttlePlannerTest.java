package org.tourplan.shuttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Scenario;
import org.tourplan.testing.ScenarioBuilder;
import org.tourplan.text.Numbers;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.Leg;
import org.tourplan.roster.PlannedRide;
import org.tourplan.roster.RideRequest;
import org.tourplan.roster.UnservedRide;
import org.tourplan.roster.VehicleRoster;
import org.tourplan.testing.Slow;

/**
 * The planner on instances small enough to check by hand. Constant times make every pickup window a single
 * minute, so the plan is forced and each expected number is derived in the comment above it.
 */
@Slow
class ShuttlePlannerTest {
  private static final double EXACT = 0.0;
  private static final LocalDate JULY_7 = LocalDate.of(2025, 7, 7);

  /** showroom (20 min) -> 6 min ride -> line-1 (10 min) -> 6 min ride back; boarding 2 min; one vehicle a ride. */
  static ScenarioBuilder twoZones() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 20, false);
    b.zone("line-1", 30, 1, 0, 10, true);
    b.route("showroom", "line-1").leg("showroom", "line-1", 6);
    b.board = new Distribution.Constant(2);
    b.vehicles = 3;
    return b;
  }

  private static Leg leg(Leg.Kind kind, String start, String end, String from, String to, int tour, int ride,
                         String label) {
    return new Leg(kind, minutes(start), minutes(end), from, to, tour, ride, label);
  }

  private static double minutes(String hhmm) {
    return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
  }

  @Test
  void nominalRidesFollowTheMeansWithTheDwellSpreadAsWindow() {
    // 10:00: showroom to 10:20, board to 10:22, ride to 10:28, line-1 to 10:38, board to 10:40, back 10:46
    List<RideRequest> rides = ShuttlePlanner.rides(twoZones().tours(7, "10:00").build(), JULY_7);
    assertEquals(2, rides.size());
    RideRequest first = rides.get(0);
    assertEquals("showroom", first.from());
    assertEquals("line-1", first.to());
    assertEquals(minutes("10:20"), first.earliest(), EXACT);
    assertEquals(minutes("10:20"), first.latest(), EXACT); // constant dwell: no spread
    assertEquals(1, first.loads());
    RideRequest second = rides.get(1);
    assertEquals("showroom", second.to());
    assertEquals(minutes("10:38"), second.earliest(), EXACT);
    assertEquals("tour 10:00", second.tourLabel());
    // triangular [10, 12, 16]: sd = sqrt((100 + 144 + 256 - 120 - 160 - 192) / 18) = sqrt(28 / 18)
    ScenarioBuilder b = twoZones();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, new Distribution.Triangular(10, 12, 16), false, null, null);
    RideRequest wide = ShuttlePlanner.rides(b.tours(7, "10:00").build(), JULY_7).get(0);
    assertEquals(minutes("10:00") + 38.0 / 3, wide.earliest(), 1e-9);
    assertEquals(Math.sqrt(28.0 / 18), wide.latest() - wide.earliest(), 1e-12);
  }

  @Test
  void ridesTakeTheVehiclesOfTheWorstAdmissibleMix() {
    // 7 parties of 1..3 persons in 8 seats: 7 parties of 3 need 4 vehicles (two a vehicle), the worst mix
    ScenarioBuilder b = twoZones();
    b.size = 7;
    b.party = new TreeMap<>(Map.of(1, 0.5, 3, 0.5));
    b.seats = 8;
    b.vehicles = 4;
    assertEquals(4, ShuttlePlanner.rides(b.tours(7, "10:00").build(), JULY_7).get(0).loads());
  }

  @Test
  void oneVehicleServesTwoToursInTurn() {
    // 10:00 as above; 11:00: showroom 11:20-11:22 board, ride to 11:28, line-1 11:38-11:40 board, back 11:46.
    // The vehicle ends each ride where the next begins: no empty driving, one vehicle.
    Scenario s = twoZones().tours(7, "10:00", "11:00").build();
    DayPlan p = ShuttlePlanner.smallestFleet(s, JULY_7);
    assertEquals(1, p.lowerBound());
    assertEquals(1, p.fleet());
    assertTrue(p.complete(), p.unserved().toString());
    assertEquals(List.of(new VehicleRoster(0, List.of(
        leg(Leg.Kind.BOARD, "10:20", "10:22", "showroom", "showroom", 0, 0, "tour 10:00"),
        leg(Leg.Kind.RIDE, "10:22", "10:28", "showroom", "line-1", 0, 0, "tour 10:00"),
        leg(Leg.Kind.BOARD, "10:38", "10:40", "line-1", "line-1", 0, 1, "tour 10:00"),
        leg(Leg.Kind.RIDE, "10:40", "10:46", "line-1", "showroom", 0, 1, "tour 10:00"),
        leg(Leg.Kind.BOARD, "11:20", "11:22", "showroom", "showroom", 1, 0, "tour 11:00"),
        leg(Leg.Kind.RIDE, "11:22", "11:28", "showroom", "line-1", 1, 0, "tour 11:00"),
        leg(Leg.Kind.BOARD, "11:38", "11:40", "line-1", "line-1", 1, 1, "tour 11:00"),
        leg(Leg.Kind.RIDE, "11:40", "11:46", "line-1", "showroom", 1, 1, "tour 11:00")))), p.vehicles());
    for (PlannedRide r : p.rides()) {
      assertEquals(List.of(0), r.vehicles());
      assertEquals(r.request().earliest(), r.pickup(), EXACT);
    }
  }

  @Test
  void twoOverlappingToursNeedTwoVehicles() {
    // 10:00 rides 10:20-10:28 and 10:38-10:46; 10:05 rides 10:25-10:33 and 10:43-10:51. At 10:25 the first
    // vehicle is on its way to line-1, so the second tour needs its own: lower bound 2, fleet 2.
    Scenario s = twoZones().tours(7, "10:00", "10:05").build();
    DayPlan p = ShuttlePlanner.smallestFleet(s, JULY_7);
    assertEquals(2, p.lowerBound());
    assertEquals(2, p.fleet());
    assertTrue(p.complete());
    assertEquals(2, p.vehicles().size());
    // vehicle 1 (numbered by first pickup) takes the 10:00 tour to line-1; either vehicle may then take either
    // ride back (both wait at line-1 with no empty driving), so only the shape is fixed: two rides each
    assertEquals(List.of(0), p.rides().get(0).vehicles());
    assertEquals(List.of(1), p.rides().get(2).vehicles());
    assertEquals(2, p.vehicles().get(0).rides());
    assertEquals(2, p.vehicles().get(1).rides());
    assertEquals(0.0, p.vehicles().get(0).emptyMinutes() + p.vehicles().get(1).emptyMinutes(), EXACT);
    // one vehicle is not enough: the rides it cannot take are reported, none is dropped
    DayPlan one = ShuttlePlanner.forFleet(s, 1).days().get(6);
    assertEquals(JULY_7, one.date());
    assertFalse(one.complete());
    long served = one.rides().stream().filter(PlannedRide::served).count();
    assertEquals(4, served + one.unserved().size());
    for (UnservedRide u : one.unserved()) {
      assertEquals(1, u.loadsUnserved());
      assertTrue(u.reason().startsWith("no vehicle can reach "), u.reason());
    }
  }

  @Test
  void aWindowNoVehicleCanReachIsReportedWithTheReason() {
    // The fleet starts the day at a yard 30 min from the showroom. The 00:05 tour leaves the showroom at once
    // (no dwell): its first pickup closes at 00:05 and the earliest arrival is 00:30. No fleet helps, so the
    // search does not grow the fleet for it; its later ride (line-1 at 01:13) is served by one vehicle.
    ScenarioBuilder b = twoZones();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 0, false);
    b.zone("line-1", 30, 1, 0, 60, true);
    b.zone("yard", 10, Integer.MAX_VALUE, 0, 0, false);
    b.leg("yard", "showroom", 30);
    b.depot = "yard";
    Scenario s = b.tours(7, "00:05").build();
    DayPlan p = ShuttlePlanner.smallestFleet(s, JULY_7);
    assertEquals(1, p.fleet());
    assertEquals(1, p.unserved().size());
    UnservedRide u = p.unserved().get(0);
    assertEquals(0, u.request().ride());
    assertEquals(1, u.loadsUnserved());
    assertEquals("no vehicle can reach showroom by 00:05: starting the day at the depot (yard) at 00:00, the "
        + "earliest is 00:30", u.reason());
    assertFalse(p.rides().get(0).served());
    assertTrue(Double.isNaN(p.rides().get(0).pickup()));
    assertTrue(p.rides().get(1).served());
    // the served ride's vehicle drives from the yard (36 min) just in time for 01:13
    assertEquals(leg(Leg.Kind.EMPTY, "00:37", "01:13", "yard", "line-1", 0, 1, "tour 00:05"),
        p.vehicles().get(0).legs().get(0));
  }

  @Test
  void theSameScenarioGivesTheSameRostersInAnyThread() throws Exception {
    Scenario s = busyDay();
    DayPlan here = ShuttlePlanner.smallestFleet(s, JULY_7);
    DayPlan there = CompletableFuture.supplyAsync(() -> ShuttlePlanner.smallestFleet(s, JULY_7)).get();
    assertEquals(here.rides(), there.rides());
    assertEquals(here.vehicles(), there.vehicles());
    assertEquals(here.unserved(), there.unserved());
    assertEquals(here.fleet(), there.fleet());
  }

  /** Nine tours 15 minutes apart on a three-stop route with random dwells: jsprit has real choices to make. */
  static Scenario busyDay() {
    return busy().tours(7, "09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00").build();
  }

  /** The zones, rides and parties of {@link #busyDay()}, without tours. */
  static ScenarioBuilder busy() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 200, Integer.MAX_VALUE, 0, new Distribution.Triangular(15, 20, 30), false, null, null);
    b.zone("line-1", 40, 1, 0, new Distribution.Uniform(5, 9), true, null, null);
    b.zone("line-2", 40, 1, 0, new Distribution.Normal(8, 2), true, null, null);
    b.route("showroom", "line-1", "line-2").leg("showroom", "line-1", 5).leg("line-1", "line-2", 3)
        .leg("line-2", "showroom", 6);
    b.board = new Distribution.Uniform(1, 3);
    b.size = 12;
    b.party = new TreeMap<>(Map.of(1, 0.2, 2, 0.3, 3, 0.5));
    b.seats = 14;
    b.vehicles = 12;
    return b;
  }

  @Test
  void lowerBoundCountsSimultaneousLoadsAndPointRides() {
    RideRequest a = new RideRequest(0, java.time.LocalTime.NOON, 0, 1, "a", "b", 2, 10, 10, 1, 4);  // [10, 15)
    RideRequest b = new RideRequest(1, java.time.LocalTime.NOON, 0, 1, "a", "b", 3, 15, 15, 1, 4);  // [15, 20)
    RideRequest c = new RideRequest(2, java.time.LocalTime.NOON, 0, 1, "a", "a", 1, 15, 15, 0, 0);  // at 15
    assertEquals(3, ShuttlePlanner.lowerBound(List.of(a, b), new boolean[] {true, true}));
    assertEquals(4, ShuttlePlanner.lowerBound(List.of(a, b, c), new boolean[] {true, true, true}));
    assertEquals(2, ShuttlePlanner.lowerBound(List.of(a, b), new boolean[] {true, false}));
  }

  @Test
  void clockShowsSecondsOnlyWhenNeededAndDaysPastMidnight() {
    assertEquals("10:42", Numbers.clockSeconds(642));
    assertEquals("10:42:30", Numbers.clockSeconds(642.5));
    assertEquals("00:10 (+1d)", Numbers.clockSeconds(1450));
  }
}
