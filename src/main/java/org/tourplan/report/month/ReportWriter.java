package org.tourplan.report.month;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.tourplan.run.Results;
import org.tourplan.text.Numbers;
import org.tourplan.safety.SafetyReport;
import org.tourplan.scenario.Scenario;
import org.tourplan.output.AtomicFiles;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.ChartStyle;
import org.tourplan.report.results.ResultsJson;
import org.tourplan.report.results.ToursCsv;

/**
 * Writes a report folder {@code <out>/<slug>/report/}: {@code index.html}, its PNG charts, {@code results.json}
 * and {@code tours.csv}, all or nothing, replacing only an earlier report of the same scenario (see
 * {@link OutputFolder}). Readers see the old report or the new one, never a mixture.
 */
public final class ReportWriter {
  /** Renders a chart as PNG bytes of the given size (replaceable in tests to simulate a failure). */
  @FunctionalInterface
  public interface PngWriter {
    /** Writes {@code chart} as a {@code width} x {@code height} PNG. */
    void write(OutputStream out, JFreeChart chart, int width, int height) throws IOException;
  }

  private final PngWriter png;

  /** A writer that renders charts with JFreeChart. */
  public ReportWriter() {
    this(ChartUtils::writeChartAsPNG);
  }

  /** A writer with its own PNG step. */
  public ReportWriter(PngWriter png) {
    this.png = png;
  }

  /** A chart to write and show. */
  private record Planned(ReportPage.Chart page, JFreeChart chart) { }

  /**
   * Writes the report of {@code scenario} into {@code outDir/<slug of its name>/report/} and returns the path of
   * its {@code index.html}. On failure nothing changes there (an earlier report stays as it was).
   */
  public Path write(Scenario scenario, Results results, SafetyReport safety, Path outDir) throws IOException {
    return write(scenario, results, safety, null, outDir);
  }

  /**
   * As {@link #write(Scenario, Results, SafetyReport, Path)}, with a "Shuttles" section when {@code shuttles} is
   * not null (the caller plans and simulates it; see {@link ShuttleSection}).
   */
  public Path write(Scenario scenario, Results results, SafetyReport safety, ShuttleSection shuttles, Path outDir)
      throws IOException {
    return write(scenario, results, safety, shuttles, OutputFolder.report(outDir, scenario.name()));
  }

  /** As above, into a folder the caller chose (and checked before the work began). */
  public Path write(Scenario scenario, Results results, SafetyReport safety, ShuttleSection shuttles,
                    OutputFolder folder) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    return folder.write(dir -> writeFiles(scenario, results, safety, shuttles, dir)).resolve("index.html");
  }

  /**
   * Writes the report's files (index.html, charts, results.json, tours.csv) into an existing, empty folder that
   * the caller makes visible atomically once everything is written.
   */
  public void writeFiles(Scenario scenario, Results results, SafetyReport safety, Path dir) throws IOException {
    writeFiles(scenario, results, safety, null, dir);
  }

  /** As {@link #writeFiles(Scenario, Results, SafetyReport, Path)}, with the optional shuttle section. */
  public void writeFiles(Scenario scenario, Results results, SafetyReport safety, ShuttleSection shuttles, Path dir)
      throws IOException {
    ReportModel model = ReportModel.of(scenario, results, safety);
    List<Planned> charts = plan(scenario, results, model);
    List<Planned> shuttleCharts = shuttles == null ? List.of() : shuttlePlan(shuttles, results, model);
    List<Planned> all = new ArrayList<>(charts);
    all.addAll(shuttleCharts);
    for (Planned p : all) {
      if (p.chart() == null) {
        continue; // a chart with nothing to show: the page says so in words
      }
      AtomicFiles.write(dir.resolve(p.page().file()),
          o -> png.write(o, p.chart(), p.page().width(), p.page().height()));
    }
    AtomicFiles.write(dir.resolve("results.json"), ResultsJson.bytes(results));
    AtomicFiles.write(dir.resolve("tours.csv"), ToursCsv.bytes(scenario.route(), model.representative().tours()));
    String html = ReportPage.html(scenario, results, safety, model, charts.stream().map(Planned::page).toList(),
        shuttles, shuttleCharts.stream().map(Planned::page).toList());
    AtomicFiles.write(dir.resolve("index.html"), html.getBytes(StandardCharsets.UTF_8));
    AtomicFiles.readable(dir);
  }

  /** The shuttle section's charts: the vehicle Gantt of the representative day, the fleet by day of week. */
  private static List<Planned> shuttlePlan(ShuttleSection s, Results r, ReportModel m) {
    List<Planned> out = new ArrayList<>();
    org.tourplan.roster.DayPlan day = s.ownOn(m.ganttDay());
    if (day != null) {
      int fleet = s.ownFleet().fleetInFile();
      out.add(new Planned(new ReportPage.Chart("chart-vehicles", "vehicles.png",
          "Vehicle rosters: " + Numbers.date(day.date()),
          "The busiest day (most tours; ties: the earliest) of the representative month (month #"
              + (m.representative().replication() + 1) + " of " + Numbers.count(r.replications()) + "): "
              + Numbers.date(day.date()) + ", " + day.tours() + (day.tours() == 1 ? " tour" : " tours")
              + ". Rosters of the file's " + fleet + (fleet == 1 ? " vehicle" : " vehicles") + ", planned on "
              + "nominal times; the timetable is the same in every simulated month, so are the rosters.",
          "One row per vehicle that has a ride, time of day across. Blue: carrying a group, labelled with its "
              + "tour's start time; orange: at the pickup while the group boards; grey: driving empty to the next "
              + "pickup. A gap is a vehicle waiting where its last leg ended.",
          ChartStyle.WIDTH, ShuttleCharts.vehicleGanttHeight(day.vehicles().size()),
          "Gantt chart of the shuttle rosters of " + Numbers.date(day.date()) + ", one row per vehicle"),
          ShuttleCharts.vehicleGantt(day)));
    }
    java.util.Map<java.time.DayOfWeek, Integer> byDay = s.smallest().fleetByDayOfWeek();
    String values = byDay.entrySet().stream().map(e -> e.getKey().getDisplayName(java.time.format.TextStyle.SHORT,
        java.util.Locale.ENGLISH) + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    out.add(new Planned(new ReportPage.Chart("chart-fleet", "fleet.png", "Vehicles needed by day of week",
        "The smallest fleet jsprit finds for each date of " + s.smallest().month() + " that serves every ride a "
            + "vehicle can reach, the largest per day of week (0: no tours that day).",
        "One bar per day of the week; the dashed line is the fleet in the scenario file. A red bar needs more "
            + "vehicles than the file has.",
        ChartStyle.WIDTH, ShuttleCharts.FLEET_HEIGHT, "Bar chart of vehicles needed by day of week: " + values
            + "; the file has " + s.smallest().fleetInFile()),
        ShuttleCharts.fleetByDay(byDay, s.smallest().fleetInFile())));
    return out;
  }

  private static List<Planned> plan(Scenario sc, Results r, ReportModel m) {
    List<Planned> out = new ArrayList<>();
    int n = r.replications();
    String month = "month #" + (m.representative().replication() + 1) + " of " + Numbers.count(n);
    Results.TargetResult t = r.target();
    boolean places = t != null && t.unit() == org.tourplan.scenario.Target.Unit.PLACES;
    double[] values = r.metric(places ? "placesPerMonth" : "visitorsPerMonth").values();
    String unit = places ? "Places" : "Visitors";
    out.add(new Planned(new ReportPage.Chart("chart-visitors", "visitors.png",
        unit + " a month, over all simulated months",
        "All " + Numbers.count(n) + " simulated months." + (t == null ? " The scenario has no target."
            : " The dashed red line is the target of " + Numbers.count(t.goal()) + "."),
        "Each bar counts the simulated months whose " + unit.toLowerCase(java.util.Locale.ROOT)
            + " fall in its range" + (t == null ? "; a narrow spread means the figure is predictable."
            : ". Months right of the target line reach the target."),
        ChartStyle.WIDTH, MonthCharts.VISITORS_HEIGHT, "Histogram of " + unit.toLowerCase(java.util.Locale.ROOT)
            + " per month across simulated months"),
        MonthCharts.visitors(values, t == null ? null : t.goal(), unit)));

    out.add(new Planned(new ReportPage.Chart("chart-calendar", "calendar.png", "Visitors per day",
        "The representative month (" + month + ", the median by visitors: "
            + Numbers.count(m.representative().visitors()) + " visitors).",
        "One square per day, weeks down, Monday to Sunday across; darker means more visitors. Grey days have no "
            + "tours.", ChartStyle.WIDTH, MonthCharts.CALENDAR_HEIGHT, "Calendar of visitors per day"),
        MonthCharts.calendar(sc.month(), m.visitorsPerDay())));

    if (m.ganttDay() != null) {
      long rows = Figures.ran(m.representative().tours()).stream().filter(x -> x.date().equals(m.ganttDay()))
          .count();
      out.add(new Planned(new ReportPage.Chart("chart-gantt", "gantt.png",
          "A day of tours: " + Numbers.date(m.ganttDay()),
          "The busiest day (most tours; ties: the earliest) of the representative month (" + month + "): "
              + Numbers.date(m.ganttDay()) + ", " + rows + (rows == 1 ? " tour." : " tours."),
          "One row per tour, time of day across. Coloured bars: time inside each zone; grey: boarding and riding "
              + "a shuttle; amber: waiting (for guides, to enter a zone, for a shuttle). Shaded bands: blackout "
              + "windows, when a zone is closed to entry.",
          ChartStyle.WIDTH, DayCharts.ganttHeight((int) rows), "Gantt chart of the tours of " + Numbers.date(m.ganttDay())),
          DayCharts.gantt(sc, m.representative().tours(), m.ganttDay())));
    }

    if (m.floorDay() != null && !DayCharts.floorZones(sc).isEmpty()) {
      out.add(new Planned(new ReportPage.Chart("chart-occupancy", "occupancy.png",
          "Visitors on the production floor: " + Numbers.date(m.floorDay()),
          "The day with the most persons on the floor at once in month #" + (m.floorMonth().replication() + 1)
              + ", " + m.floorWhy() + ": " + Numbers.date(m.floorDay()) + ".",
          "Persons on the floor at each moment: the whole floor against the floor limit (dashed red), then each "
              + "floor zone against its evacuation limit (dashed red: exit flow \u00d7 allowed evacuation minutes) "
              + "and its capacity inside (dotted grey). Queueing to enter and waiting for the shuttle count as on "
              + "the floor. Shaded bands: blackout windows. Each panel's scale fits its day; a limit more than "
              + "three times the peak is named in the panel's heading instead of drawn, so the day stays readable.",
          ChartStyle.WIDTH, DayCharts.occupancyHeight(sc), "Step charts of persons on the production floor on "
              + Numbers.date(m.floorDay())),
          DayCharts.occupancy(sc, m.floorMonth().tours(), m.floorDay())));
    }

    Double floorLimit = sc.limits().maxWaitMinutes();
    if (m.waits().stream().allMatch(w -> w.n() == 0 || w.max() <= 0)) {
      out.add(new Planned(new ReportPage.Chart("chart-waits", null, "Waits", "No group waited anywhere in the "
          + "representative month (" + month + "): every zone, shuttle and guide was free when a group came"
          + (floorLimit == null ? "." : ", against a limit of " + Numbers.number(floorLimit) + " min for a wait on the "
          + "production floor."), null, 0, 0, null), null));
    } else {
      out.add(new Planned(new ReportPage.Chart("chart-waits", "waits.png", "Waits",
        "Every wait of every tour in the representative month (" + month + ").",
        "Median: half the waits are shorter. 90th percentile: 9 waits in 10 are shorter. Longest: the single "
            + "longest wait. The dashed red line is the limit for a wait on the production floor, drawn across the "
            + "rows it bounds.",
        ChartStyle.WIDTH, ResourceCharts.waitsHeight(m.waits().size()), "Bar chart of waits by place"),
        ResourceCharts.waits(m.waits(), floorLimit)));
    }

    if (!m.uses().isEmpty()) {
      out.add(new Planned(new ReportPage.Chart("chart-utilisation", "utilisation.png",
          "How busy guides, shuttles and zones are",
          "The representative month (" + month + "), over its operating time.",
          "Share of operating time each resource is in use; the darkest bar is the busiest. Exact definitions "
              + "are in the notes at the end.",
          ChartStyle.WIDTH, ResourceCharts.utilisationHeight(m.uses().size()), "Bar chart of utilisation by resource"),
          ResourceCharts.utilisation(m.uses())));
    }
    return out;
  }
}
