package org.tourplan.report.month;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Distribution;
import org.tourplan.roster.DayPlan;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.testing.ScenarioBuilder;

/** The vehicle Gantt chart: one row per vehicle, a bar per leg, reproducible PNG bytes. */
class VehicleGanttChartTest {
  /** The shuttle planner test's two zones: showroom (20 min) -> 6 min ride -> line-1 (10 min); boarding 2 min. */
  private static ScenarioBuilder twoZones() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.zone("showroom", 100, Integer.MAX_VALUE, 0, 20, false);
    b.zone("line-1", 30, 1, 0, 10, true);
    b.route("showroom", "line-1").leg("showroom", "line-1", 6);
    b.board = new Distribution.Constant(2);
    b.vehicles = 3;
    return b;
  }

  @Test
  void barsFollowTheRosters() throws Exception {
    DayPlan plan = ShuttlePlanner.smallestFleet(
        twoZones().tours(7, "10:00", "10:05").build(), LocalDate.of(2025, 7, 7));
    JFreeChart chart = VehicleGanttChart.chart(plan);
    XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
    assertEquals(3, data.getSeriesCount());
    assertEquals(0, data.getSeries(0).getItemCount()); // no empty driving
    assertEquals(4, data.getSeries(1).getItemCount()); // four boardings
    assertEquals(4, data.getSeries(2).getItemCount()); // four rides
    // the first ride: 10:22 to 10:28 on 7 July 2025, on vehicle 1's row
    long day = LocalDate.of(2025, 7, 7).toEpochDay() * 86_400_000L;
    assertEquals(day + (10 * 60 + 22) * 60_000L, data.getStartXValue(2, 0), 0.0);
    assertEquals(day + (10 * 60 + 28) * 60_000L, data.getEndXValue(2, 0), 0.0);
    assertEquals(0, data.getYValue(2, 0), 0.0);
    assertEquals(4, ((XYPlot) chart.getPlot()).getAnnotations().size()); // one tour label per ride
    byte[] png = VehicleGanttChart.png(plan, 900, 300);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    assertArrayEquals(png, VehicleGanttChart.png(plan, 900, 300));
    if (System.getProperty("gantt.out") != null) {
      Files.write(Path.of(System.getProperty("gantt.out")), png);
    }
  }

  @Test
  void aDateWithoutRidesStillRenders() {
    DayPlan empty = new DayPlan(LocalDate.of(2025, 7, 1), 0, 0, List.of(), List.of(), List.of(), 0, 0, 0.0);
    assertTrue(VehicleGanttChart.png(empty, 400, 200).length > 100);
  }
}
