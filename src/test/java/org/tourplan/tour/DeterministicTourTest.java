package org.tourplan.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tourplan.testing.ScenarioBuilder;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Shuttles;

/**
 * The tour model against timelines computed by hand (constant times, no no-shows): every expected number below
 * is derived in the comment above it, minute by minute, from contract sections 2.1-2.6.
 */
class DeterministicTourTest {
  private static final double EXACT = 0.0;

  /** showroom (20 min) -> 6 min ride -> line-1 (10 min, floor) -> 6 min ride back; boarding 2 min. */
  private static ScenarioBuilder twoZones() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 20, false);
    b.zone("line-1", 30, 1, 0, new Distribution.Constant(10), true, 40.0, 85.0);
    b.route("showroom", "line-1").leg("showroom", "line-1", 6);
    b.board = new Distribution.Constant(2);
    return b;
  }

  @Test
  void oneTourFollowsTheHandTimeline() {
    // 10:00 check-in and guides; showroom 10:00-10:20; board 2, ride 6: line-1 at 10:28, inside to 10:38;
    // board 2 (depart 10:40), ride 6: back at 10:46. Tour = 46 min from first entry and from the start.
    var m = twoZones().tours(7, "10:00").run();
    assertEquals(10, m.get("visitorsPerMonth"), EXACT);
    assertEquals(10, m.get("placesPerMonth"), EXACT);
    assertEquals(1, m.get("toursPerMonth"), EXACT);
    assertEquals(1, m.get("scheduledTours"), EXACT);
    assertEquals(0, m.get("cancelledTours"), EXACT);
    assertEquals(46, m.get("tourMinutes"), EXACT);
    assertEquals(46, m.get("tourMinutesMax"), EXACT);
    assertEquals(46, m.get("tourMinutesFromStart"), EXACT);
    assertEquals(0, m.get("zones.showroom.meanWaitMinutes"), EXACT);
    assertEquals(1, m.get("zones.line-1.entries"), EXACT);
    assertEquals(10, m.get("zones.line-1.peakVisitors"), EXACT);
    assertEquals(2, m.get("shuttle.rides"), EXACT);
    assertEquals(0, m.get("shuttle.maxWaitMinutes"), EXACT);
    assertEquals(0, m.get("guides.meanWaitMinutes"), EXACT);
    // on the floor from 10:28 (arrival) to 10:40 (departure): 10 persons; 10 / 40 per minute = 0.25 min
    assertEquals(10, m.get("floorPeakVisitors"), EXACT);
    assertEquals(0.25, m.get("evacuationMinutesMax"), EXACT);
    assertEquals(0, m.get("maxFloorWaitMinutes"), EXACT);
    // 10 min at 85 dB(A): 10 / (480 / 2^(5/3)) x 100
    assertEquals(10 / (480 / Math.pow(2, 5.0 / 3)) * 100, m.get("noiseDoseMaxPercent"), 1e-12);
    assertEquals(0, m.get("blackoutViolations"), EXACT);
  }

  @Test
  void bottleneckQueueGrowsByAFixedStep() {
    // Six tours 10 min apart; showroom 5 min, ride 5 min, so tour i reaches line-1 at 09:10 + 10i. line-1 takes
    // one group for 15 min: tour i enters at 09:10 + 15i and waits 5i min (0, 5, ..., 25).
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 5, false);
    b.zone("line-1", 10, 1, 0, 15, true);
    b.route("showroom", "line-1").leg("showroom", "line-1", 5);
    var m = b.tours(7, "09:00", "09:10", "09:20", "09:30", "09:40", "09:50").run();
    assertEquals(12.5, m.get("zones.line-1.meanWaitMinutes"), EXACT);
    assertEquals(25, m.get("zones.line-1.maxWaitMinutes"), EXACT);
    assertEquals(6, m.get("zones.line-1.entries"), EXACT);
    // tour i: first entry 09:00 + 10i, back at 09:30 + 15i: 30 + 5i minutes
    assertEquals(42.5, m.get("tourMinutes"), EXACT);
    assertEquals(55, m.get("tourMinutesMax"), EXACT);
    // group i on the floor from 09:10 + 10i to 09:25 + 15i: at 10:00 groups 3, 4 and 5 are there (30 persons);
    // at 09:40 group 1 leaves as group 3 arrives, and the peak is taken after both
    assertEquals(30, m.get("floorPeakVisitors"), EXACT);
    assertEquals(10, m.get("zones.line-1.peakVisitors"), EXACT);
    assertEquals(25, m.get("maxFloorWaitMinutes"), EXACT);
  }

  @Test
  void pooledVehicleDrivesEmptyFromTheDepot() {
    // The only vehicle stands at the yard, 8 min from the showroom. Leaving the showroom at 10:20 the group
    // waits 8 min, boards 10:28-10:30, reaches line-1 at 10:36 and releases the vehicle there on entry; at
    // 10:46 the same vehicle is ready at once, departs 10:48 and is back at 10:54.
    ScenarioBuilder b = twoZones();
    b.zone("yard", 1, Integer.MAX_VALUE, 0, 0, false);
    b.leg("yard", "showroom", 8);
    b.mode = Shuttles.Mode.POOLED;
    b.depot = "yard";
    b.vehicles = 1;
    var m = b.tours(7, "10:00").run();
    assertEquals(8, m.get("shuttle.maxWaitMinutes"), EXACT);
    assertEquals(4, m.get("shuttle.meanWaitMinutes"), EXACT);
    assertEquals(54, m.get("tourMinutes"), EXACT);
    assertEquals(0, m.get("maxFloorWaitMinutes"), EXACT);
  }

  @Test
  void pooledVehicleIsSharedAndStaysWithItsGroup() {
    // One vehicle, two tours at 10:00. A rides at 10:20 (wait 0) and frees it at line-1 at 10:28; B, queued since
    // 10:20, gets it empty from line-1 at 10:34 (wait 14), reaches line-1 at 10:42 and frees it on entry. A left
    // line-1 at 10:38 and waited for the vehicle until 10:42 (4), boards to 10:44, back at 10:50 where the
    // vehicle stays. B leaves line-1 at 10:52, the vehicle comes from the showroom at 10:58 (wait 6): back 11:06.
    ScenarioBuilder b = twoZones();
    b.mode = Shuttles.Mode.POOLED;
    b.vehicles = 1;
    var m = b.tours(7, "10:00", "10:00").run();
    assertEquals(6, m.get("shuttle.meanWaitMinutes"), EXACT);
    assertEquals(14, m.get("shuttle.maxWaitMinutes"), EXACT);
    assertEquals(4, m.get("shuttle.rides"), EXACT);
    assertEquals(58, m.get("tourMinutes"), EXACT);
    assertEquals(66, m.get("tourMinutesMax"), EXACT);
    // both on the floor at line-1 from 10:42 (B arrives) to 10:44 (A departs)
    assertEquals(20, m.get("floorPeakVisitors"), EXACT);
    assertEquals(6, m.get("maxFloorWaitMinutes"), EXACT);
  }

  @Test
  void partyPackingNeedsMoreVehiclesThanSeatsAlone() {
    // 7 parties of 3 in 8-seat vehicles: two parties a vehicle, 4 vehicles (21 / 8 would say 3). With 7 vehicles
    // A (10:00) holds 4 from 10:20 to its end at 10:40, so B (10:05), leaving the showroom at 10:25, waits 15 min.
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 20, false);
    b.zone("line-1", 30, 1, 0, 10, true);
    b.route("showroom", "line-1").leg("showroom", "line-1", 5);
    b.size = 7;
    b.party = new TreeMap<>(java.util.Map.of(3, 1.0));
    b.seats = 8;
    b.vehicles = 7;
    var m = b.tours(7, "10:00", "10:05").run();
    assertEquals(42, m.get("visitorsPerMonth"), EXACT);
    assertEquals(14, m.get("placesPerMonth"), EXACT);
    assertEquals(15, m.get("shuttle.maxWaitMinutes"), EXACT);
    assertEquals(3.75, m.get("shuttle.meanWaitMinutes"), EXACT);
    assertEquals(40, m.get("tourMinutes") * 2 - 55, EXACT); // A 40 min, B 55 min (10:05 to 11:00)
  }

  @Test
  void guidesAreHeldToTheEndOfTheTour() {
    // One guide, two tours at 10:00: B gets the guide when A ends at 10:46 and only then reaches the showroom.
    ScenarioBuilder b = twoZones();
    b.guides = 1;
    var m = b.tours(7, "10:00", "10:00").run();
    assertEquals(23, m.get("guides.meanWaitMinutes"), EXACT);
    assertEquals(46, m.get("guides.maxWaitMinutes"), EXACT);
    assertEquals(0, m.get("zones.showroom.maxWaitMinutes"), EXACT); // guide waiting is not zone waiting
    assertEquals(46, m.get("tourMinutes"), EXACT);
    assertEquals(69, m.get("tourMinutesFromStart"), EXACT); // (46 + 92) / 2
  }

  @Test
  void blackoutDelaysEntryAndCountsGroupsCaughtInside() {
    // line-1 closed 10:20-10:40. 7 July: arrival 10:28, entry at 10:40 (wait 12). 8 July, start 09:48: inside
    // line-1 from 10:16 to 10:26, so the window opens on it: one violation.
    ScenarioBuilder b = twoZones();
    b.limits = new Limits(null, null, null, null, null, null,
        List.of(new Limits.Blackout(List.of("line-1"), LocalTime.of(10, 20), LocalTime.of(10, 40))));
    var m = b.tours(7, "10:00").tours(8, "09:48").run();
    assertEquals(12, m.get("zones.line-1.maxWaitMinutes"), EXACT);
    assertEquals(6, m.get("zones.line-1.meanWaitMinutes"), EXACT);
    assertEquals(1, m.get("blackoutViolations"), EXACT);
  }

  @Test
  void headwaySpacesEntries() {
    // Two groups reach line-1 together at 10:28; with a 5 min headway the second enters at 10:33.
    ScenarioBuilder b = twoZones();
    b.zone("line-1", 100, 2, 5, new Distribution.Constant(10), true, null, null);
    var m = b.tours(7, "10:00", "10:00").run();
    assertEquals(5, m.get("zones.line-1.maxWaitMinutes"), EXACT);
    assertEquals(2.5, m.get("zones.line-1.meanWaitMinutes"), EXACT);
    assertEquals(20, m.get("zones.line-1.peakVisitors"), EXACT);
  }

  @Test
  void everyPartyMissingCancelsTheTour() {
    ScenarioBuilder b = twoZones();
    b.noShow = 1.0;
    var m = b.tours(7, "10:00", "14:00").run();
    assertEquals(2, m.get("cancelledTours"), EXACT);
    assertEquals(0, m.get("toursPerMonth"), EXACT);
    assertEquals(0, m.get("visitorsPerMonth"), EXACT);
    assertEquals(0, m.get("shuttle.rides"), EXACT);
    assertTrue(Double.isNaN(m.get("tourMinutes")), "no tour, no tour length");
    assertTrue(Double.isNaN(m.get("zones.line-1.meanWaitMinutes")), "no entry, no wait");
    assertEquals(0, m.get("zones.line-1.entries"), EXACT);
  }

  @Test
  void partiesPastMaxSizeAreTurnedAway() {
    // Five parties of 3 against maxSize 10: three come in (9), the fourth and fifth would pass 10.
    ScenarioBuilder b = twoZones();
    b.size = 5;
    b.party = new TreeMap<>(java.util.Map.of(3, 1.0));
    b.maxSize = 10;
    var m = b.tours(7, "10:00").run();
    assertEquals(9, m.get("visitorsPerMonth"), EXACT);
    assertEquals(3, m.get("placesPerMonth"), EXACT);
    assertEquals(6, m.get("turnedAway"), EXACT);
  }

  @Test
  void overrunsAndLongToursAreCountedAgainstTheStartDate() {
    // closeTime 10:40 and maxTourMinutes 45: the 10:00 tour (46 min) ends at 10:46, past both. The 23:50 tour
    // ends at 00:36 on the 8th, which is after 10:40 on its start date, the 7th: an overrun too.
    ScenarioBuilder b = twoZones();
    b.limits = new Limits(null, null, null, 45.0, LocalTime.of(10, 40), null, List.of());
    var m = b.tours(7, "10:00", "23:50").run();
    assertEquals(2, m.get("overrunTours"), EXACT);
    assertEquals(2, m.get("longTours"), EXACT);
  }

  @Test
  void lastRideHappensEvenWhenTheLastZoneIsReturnTo() {
    // showroom, line-1, showroom again: back at 10:46, showroom 20 min to 11:06, board 2, 0 min ride: 11:08.
    ScenarioBuilder b = twoZones();
    b.route("showroom", "line-1", "showroom");
    var m = b.tours(7, "10:00").run();
    assertEquals(68, m.get("tourMinutes"), EXACT);
    assertEquals(3, m.get("shuttle.rides"), EXACT);
    assertEquals(2, m.get("zones.showroom.entries"), EXACT);
  }
}
