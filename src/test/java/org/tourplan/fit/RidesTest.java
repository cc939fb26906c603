package org.tourplan.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.scenario.Scenario;

/**
 * Rides on hand-made zone records of the default scenario (dedicated shuttles; travel showroom-line-1 4, line-1 -
 * line-2 2, line-2 - line-3 3 minutes; headway 3 at the lines; line-2 closed to entry 12:00-12:30): which gaps are
 * boarding alone, and which are left out and why.
 */
class RidesTest {
  @TempDir
  Path dir;

  private Rides rides(String scenario, String checkins, String zones) throws Exception {
    Scenario s = ScenarioLoader.load(Path.of(scenario));
    Path c = dir.resolve("c.csv");
    Path z = dir.resolve("z.csv");
    Files.writeString(c, "date,start,party,persons,showed\n" + checkins);
    Files.writeString(z, "date,start,zone,entered,left\n" + zones);
    Records r = Records.read(s, c, "c.csv", z, "z.csv");
    return Rides.of(s, r.tours(), r.visits());
  }

  @Test
  void cleanRidesAreBoardingAndQueuedOnesAreLeftOut() throws Exception {
    Rides r = rides("scenarios/beijing-ev-tour.yaml",
        "2025-07-01,14:00,a,3,1\n2025-07-05,12:00,b,3,1\n2025-07-06,09:00,c,3,1\n2025-07-06,10:30,d,3,1\n",
        // tour a alone on its day: 2.0, 2.5 and 1.0 minutes beyond travel, all boarding
        "2025-07-01,14:00,showroom,14:00:00,14:38:00\n2025-07-01,14:00,line-1,14:44:00,14:50:00\n"
            + "2025-07-01,14:00,line-2,14:54:30,15:00:00\n2025-07-01,14:00,line-3,15:04:00,15:11:00\n"
            // tour b enters line-2 the second its blackout ends: it may have waited there
            + "2025-07-05,12:00,showroom,12:00:00,12:15:00\n2025-07-05,12:00,line-1,12:21:00,12:27:00\n"
            + "2025-07-05,12:00,line-2,12:30:00,12:36:00\n"
            // tour d enters line-1 the second tour c leaves it; and d's ride to line-2 is shorter than the table
            + "2025-07-06,09:00,showroom,09:00:00,09:40:00\n2025-07-06,09:00,line-1,10:00:00,11:01:00\n"
            + "2025-07-06,10:30,showroom,10:30:00,10:55:00\n2025-07-06,10:30,line-1,11:01:00,11:07:00\n"
            + "2025-07-06,10:30,line-2,11:07:30,11:15:00\n");
    assertTrue(r.boardingOnly());
    Rides.Leg first = r.legs().get(0);
    Rides.Leg second = r.legs().get(1);
    Rides.Leg third = r.legs().get(2);
    assertEquals("showroom", first.from());
    assertEquals(4, first.rides());
    assertEquals(1, first.queued(), "d's entry into line-1 at c's exit");
    // c's first ride (09:40, day 6) while no other tour holds vehicles: used; a's too; b's too
    assertEquals(3, first.used());
    assertEquals(3, second.rides());
    assertEquals(1, second.queued(), "b at the blackout's end");
    assertEquals(1, second.shorter(), "d: 0.5 min for a 2-minute ride");
    assertEquals(1, second.used());
    assertEquals(1, third.used());
    double[] excess = r.excess().clone();
    java.util.Arrays.sort(excess);
    // a: 2, 2.5, 1; b: 12:15 -> 12:21 is 6 - 4 = 2; c: 09:40 -> 10:00 is 20 - 4 = 16
    assertArrayEquals(new double[] {1, 2, 2, 2.5, 16}, excess, 1e-9);
    assertArrayEquals(new double[] {38, 15, 40, 25}, r.dwell().get(0), 1e-9);
  }

  @Test
  void aFirstRideWhileAnotherTourHoldsVehiclesIsLeftOut() throws Exception {
    // tour f leaves the showroom at 10:05, while tour e (first exit 09:40, last 10:20) still holds its vehicles
    Rides r = rides("scenarios/beijing-ev-tour.yaml", "2025-07-06,09:00,e,3,1\n2025-07-06,09:30,f,3,1\n",
        "2025-07-06,09:00,showroom,09:00:00,09:40:00\n2025-07-06,09:00,line-1,09:46:00,09:52:00\n"
            + "2025-07-06,09:00,line-2,09:56:00,10:20:00\n"
            + "2025-07-06,09:30,showroom,09:30:00,10:05:00\n2025-07-06,09:30,line-1,10:11:00,10:17:00\n");
    assertEquals(1, r.legs().get(0).vehicles());
    assertEquals(1, r.legs().get(0).used(), "e's own first ride: f had no vehicles then");
  }

  @Test
  void sharedVehiclesAreNotBoardingAlone() throws Exception {
    Rides r = rides("scenarios/pooled-shuttles.yaml", "2025-07-01,14:00,a,3,1\n",
        "2025-07-01,14:00,showroom,14:00:00,14:20:00\n");
    assertFalse(r.boardingOnly());
  }
}
