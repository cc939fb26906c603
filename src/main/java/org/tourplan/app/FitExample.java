package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.fit.RecordsCsv;
import org.tourplan.output.AtomicFiles;
import org.tourplan.run.Compiler;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Season;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;
import org.tourplan.tour.TourTimeline;

/**
 * The records a site keeping them would have, made by the tour model itself: {@code months} months simulated with
 * traces on (the season's months when the file has a season, else the file's month and the months after it, with the
 * same weekly timetable), month i as replication i of that month with the given seed, so the example is reproducible
 * and honest: the check-ins are the model's check-in draws (every invited party's size and whether it came), the zone
 * times its entries and exits, rounded to the second.
 *
 * @param checkins the check-in file written
 * @param zones    the zone file written
 * @param tours    tours in the records
 * @param rows     check-in rows
 * @param visits   zone rows
 */
public record FitExample(Path checkins, Path zones, int tours, int rows, int visits) {
  /** The names of the two files in the folder. */
  public static final String CHECKINS = "checkins.csv";
  /** The zone file's name. */
  public static final String ZONES = "zones.csv";

  /** Writes {@code dir/checkins.csv} and {@code dir/zones.csv} (each atomically) from {@code s}'s model. */
  public static FitExample write(Scenario s, int months, long seed, Path dir, Progress progress) throws IOException {
    progress.steps(months + 1);
    RecordsCsv checkins = RecordsCsv.checkins();
    RecordsCsv zones = RecordsCsv.zones();
    int tours = 0;
    int rows = 0;
    int visits = 0;
    long party = 0;
    List<Scenario> monthly = months(s.withRun(seed, s.replications()), months);
    for (int i = 0; i < monthly.size(); i++) {
      Scenario m = monthly.get(i);
      progress.step("simulating " + m.month());
      TourSetup setup = new Compiler().compile(m);
      List<TourTimeline> trace = new MonthSimulation(setup).trace(i, new double[setup.layout().size()]);
      for (TourTimeline t : trace) {
        tours++;
        LocalDate date = t.date();
        long dayStart = (long) (date.getDayOfMonth() - 1) * 86_400L; // seconds from the month's start
        int start = (int) Math.round(t.scheduledStart() * 60 - dayStart);
        for (TourTimeline.Party p : t.invited()) {
          checkins.checkin(date, start, String.format(java.util.Locale.ROOT, "B%07d", ++party), p.persons(),
              p.came());
          rows++;
        }
        for (TourTimeline.Visit v : t.visits()) {
          zones.visit(date, start, v.zone(), Math.round(v.enter() * 60) - dayStart,
              Math.round(v.leave() * 60) - dayStart);
          visits++;
        }
      }
    }
    progress.step("writing " + CHECKINS + " and " + ZONES);
    Path c = dir.resolve(CHECKINS);
    Path z = dir.resolve(ZONES);
    AtomicFiles.write(c, checkins.bytes());
    AtomicFiles.write(z, zones.bytes());
    return new FitExample(c, z, tours, rows, visits);
  }

  /** The months simulated: the season's (the first {@code n}), else {@code n} months from the file's month. */
  static List<Scenario> months(Scenario s, int n) {
    List<Scenario> out = new ArrayList<>();
    if (s.season() != null) {
      for (Season.Month m : s.season().months()) {
        if (out.size() < n) {
          out.add(s.forMonth(m));
        }
      }
      return out;
    }
    for (int i = 0; i < n; i++) {
      YearMonth ym = s.month().plusMonths(i);
      // the weekly timetable in every month; the file's closed and extra dates are its own month's
      out.add(s.toBuilder().month(ym).schedule(s.schedule().within(ym)).build());
    }
    return out;
  }
}
