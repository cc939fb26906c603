package org.tourplan.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Shuttles;
import org.tourplan.testing.ScenarioBuilder;

/**
 * Planned shuttle mode against timelines computed by hand (constant times): the roster comes from the planner
 * on nominal times, and the month shows where it holds and where a late group delays a vehicle.
 */
class PlannedModeTest {
  private static final double EXACT = 0.0;

  /** showroom (20 min) -> 6 min ride -> line-1 (10 min, floor) -> 6 min ride back; boarding 2 min; one vehicle. */
  private static ScenarioBuilder oneVehicle() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 20, false);
    b.zone("line-1", 30, 1, 0, 10, true);
    b.route("showroom", "line-1").leg("showroom", "line-1", 6);
    b.board = new Distribution.Constant(2);
    b.mode = Shuttles.Mode.PLANNED;
    b.vehicles = 1;
    return b;
  }

  @Test
  void rosterHoldsWhenTheMonthRunsToTheNominalTimes() {
    // Plan: 10:00 tour rides 10:20 and 10:38, 11:00 tour 11:20 and 11:38, all on vehicle 1, which is at each
    // pickup when the group comes out. The month matches: every wait 0, every ride on the roster.
    var m = oneVehicle().tours(7, "10:00", "11:00").run();
    assertEquals(4, m.get("shuttle.rides"), EXACT);
    assertEquals(0, m.get("shuttle.maxWaitMinutes"), EXACT);
    assertEquals(1, m.get("shuttle.rosterHeldShare"), EXACT);
    assertEquals(0, m.get("shuttle.unplannedRides"), EXACT);
    assertEquals(46, m.get("tourMinutes"), EXACT);
  }

  @Test
  void aLateGroupDelaysTheVehiclesNextRide() {
    // Plan (nominal, no blackout): 10:00 tour A rides 10:20 and 10:38 (back 10:46); 10:30 tour B rides 10:50
    // and 11:08. The month has a line-1 blackout 10:25-10:35 the plan does not know: A reaches line-1 at 10:28
    // and waits to 10:35 with the vehicle (a floor wait of 7), so it is out at 10:45 (the vehicle was there at
    // 10:35, before the planned 10:38: held, wait 0), rides 10:47-10:53. B left the showroom at 10:50 and
    // waits 3 minutes for the vehicle (planned 10:50: not held), boards 10:53-10:55, reaches line-1 at 11:01,
    // leaves at 11:11 where the vehicle has stood since 11:01 (planned 11:08: held), back at 11:19.
    ScenarioBuilder b = oneVehicle();
    b.limits = new Limits(null, null, null, null, null, null,
        List.of(new Limits.Blackout(List.of("line-1"), LocalTime.of(10, 25), LocalTime.of(10, 35))));
    var m = b.tours(7, "10:00", "10:30").run();
    assertEquals(0.75, m.get("shuttle.rosterHeldShare"), EXACT);
    assertEquals(3, m.get("shuttle.maxWaitMinutes"), EXACT);
    assertEquals(0.75, m.get("shuttle.meanWaitMinutes"), EXACT);
    assertEquals(0, m.get("shuttle.unplannedRides"), EXACT);
    assertEquals(7, m.get("maxFloorWaitMinutes"), EXACT);
    assertEquals(53, m.get("tourMinutesMax"), EXACT); // A: 10:00 to 10:53; B: 10:30 to 11:19 = 49
    assertEquals(51, m.get("tourMinutes"), EXACT);
  }

  @Test
  void vehiclesPrePositionForTheirNextRide() {
    // Depot at a yard 8 min from the showroom: the vehicle leaves at 00:00 and waits at the showroom, so the
    // 10:00 tour's first ride does not wait (pooled mode would wait 8 minutes here).
    ScenarioBuilder b = oneVehicle();
    b.zone("yard", 1, Integer.MAX_VALUE, 0, 0, false);
    b.leg("yard", "showroom", 8);
    b.depot = "yard";
    var m = b.tours(7, "10:00").run();
    assertEquals(0, m.get("shuttle.maxWaitMinutes"), EXACT);
    assertEquals(1, m.get("shuttle.rosterHeldShare"), EXACT);
    assertEquals(46, m.get("tourMinutes"), EXACT);
  }

  @Test
  void ridesWithoutAPlanFallBackToTheFreeVehicles() {
    // One vehicle for two overlapping tours (10:00 and 10:05): the plan cannot serve every ride, and the rides
    // it leaves out are dispatched like pooled rides. Every ride still happens and both tours end.
    var m = oneVehicle().tours(7, "10:00", "10:05").run();
    assertEquals(4, m.get("shuttle.rides"), EXACT);
    assertEquals(2, m.get("toursPerMonth"), EXACT);
    assertTrue(m.get("shuttle.unplannedRides") >= 1, "some ride had no plan");
    assertTrue(m.get("shuttle.rosterHeldShare") <= 0.75);
    assertTrue(m.get("tourMinutesMax") > 46, "someone waited for the only vehicle");
  }

  @Test
  void cancelledToursReleaseTheirPlannedVehicles() {
    // Nobody comes: every planned vehicle skips every ride, nothing waits forever.
    ScenarioBuilder b = oneVehicle();
    b.noShow = 1.0;
    var m = b.tours(7, "10:00", "11:00").run();
    assertEquals(0, m.get("shuttle.rides"), EXACT);
    assertEquals(2, m.get("cancelledTours"), EXACT);
    assertTrue(Double.isNaN(m.get("shuttle.rosterHeldShare")));
  }

  @Test
  void groupsNeedingFewerVehiclesThanPlannedFreeTheRest() {
    // Parties of 1 or 6 in 6 seats, up to 3 parties: the plan gives each ride 3 vehicles (three parties of 6).
    // With seed 1 the groups are smaller; the unused planned vehicles skip the ride and every tour still ends.
    ScenarioBuilder b = oneVehicle();
    b.size = 3;
    b.party = new java.util.TreeMap<>(java.util.Map.of(1, 0.7, 6, 0.3));
    b.seats = 6;
    b.vehicles = 3;
    for (int d = 1; d <= 31; d++) {
      b.tours(d, "09:00", "09:30", "10:00", "10:30");
    }
    var m = b.run();
    assertEquals(124, m.get("toursPerMonth") + m.get("cancelledTours"), EXACT);
    assertEquals(2 * m.get("toursPerMonth"), m.get("shuttle.rides"), EXACT);
    assertEquals(0, m.get("shuttle.unplannedRides"), EXACT);
    assertEquals(1, m.get("shuttle.rosterHeldShare"), EXACT);
  }

  @Test
  void otherModesGainNoPlannedMetrics() {
    ScenarioBuilder b = oneVehicle();
    b.mode = Shuttles.Mode.POOLED;
    TourSetup setup = new TourSetup(b.tours(7, "10:00").build());
    assertEquals(null, setup.layout().byName("shuttle.rosterHeldShare"));
    assertEquals(null, setup.plan());
  }
}
