package org.tourplan.tour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Shuttles;
import org.tourplan.testing.ScenarioBuilder;

/** Traced months: the same numbers as untraced ones, and timelines that match the hand-computed schedule. */
class TraceTest {
  @Test
  void timelineOfOneTourMatchesTheHandSchedule() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 20, false);
    b.zone("line-1", 30, 1, 0, 10, true);
    b.route("showroom", "line-1").leg("showroom", "line-1", 6);
    b.board = new Distribution.Constant(2);
    b.mode = Shuttles.Mode.POOLED;
    b.vehicles = 1;
    b.tours(7, "10:00");
    TourSetup setup = new TourSetup(b.build());
    List<TourTimeline> tours = new MonthSimulation(setup).trace(0, new double[setup.layout().size()]);
    assertEquals(1, tours.size());
    TourTimeline t = tours.get(0);
    double day = 6 * 1440;
    assertEquals(LocalDate.of(2025, 7, 7), t.date());
    assertEquals(day + 600, t.scheduledStart());
    assertEquals(10, t.persons());
    assertEquals(day + 600, t.guidesAt());
    assertEquals(List.of(new TourTimeline.Visit("showroom", false, day + 600, day + 600, day + 620),
        new TourTimeline.Visit("line-1", true, day + 628, day + 628, day + 638)), t.visits());
    assertEquals(List.of(
        new TourTimeline.Ride("showroom", "line-1", day + 620, day + 620, day + 622, day + 628, List.of(0)),
        new TourTimeline.Ride("line-1", "showroom", day + 638, day + 638, day + 640, day + 646, List.of(0))),
        t.rides());
    assertEquals(day + 646, t.end());
  }

  @Test
  void tracingChangesNoNumber() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.size = 12;
    b.party = new TreeMap<>(Map.of(1, 0.3, 2, 0.3, 3, 0.4));
    b.noShow = 0.2;
    b.zone("showroom", 200, 3, 0, new Distribution.Triangular(15, 20, 30), false, null, null);
    b.zone("line-1", 40, 1, 3, new Distribution.Uniform(5, 9), true, 40.0, 88.0);
    b.route("showroom", "line-1").leg("showroom", "line-1", 5);
    b.board = new Distribution.Exponential(1.5);
    b.vehicles = 3;
    b.seats = 14;
    for (int d = 1; d <= 31; d++) {
      b.tours(d, "09:00", "09:10", "09:20");
    }
    TourSetup setup = new TourSetup(b.build());
    MonthSimulation month = new MonthSimulation(setup);
    double[] plain = new double[setup.layout().size()];
    double[] traced = new double[plain.length];
    month.run(3, plain);
    List<TourTimeline> tours = month.trace(3, traced);
    assertArrayEquals(plain, traced, 0.0);
    double[] again = new double[plain.length];
    month.run(3, again);
    assertArrayEquals(plain, again, 0.0, "a traced run leaves no state behind");
    int persons = tours.stream().mapToInt(TourTimeline::persons).sum();
    assertEquals(plain[setup.layout().visitors()], persons, 0.0);
    assertTrue(tours.stream().filter(t -> !t.cancelled()).allMatch(t -> t.rides().size() == 2 && t.end() > 0));
  }
}
