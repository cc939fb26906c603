package org.tourplan.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tourplan.scenario.Demand;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Guides;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Target;
import org.tourplan.scenario.TravelTable;
import org.tourplan.scenario.Zone;
import org.tourplan.tour.Metric;
import org.tourplan.tour.MetricLayout;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.run.Compiler;
import org.tourplan.tour.TourSetup;

/**
 * Builds scenario records by hand for model tests, so that hand-computed expectations do not depend on the file
 * loader. Defaults: July 2025, one replication, parties of 1, no no-shows, ample guides and vehicles, no limits.
 */
public final class ScenarioBuilder {
  public YearMonth month = YearMonth.of(2025, 7);
  public long seed = 1;
  public int replications = 1;
  public int size = 10;
  public TreeMap<Integer, Double> party = new TreeMap<>(Map.of(1, 1.0));
  public double noShow = 0;
  public int overbook = 0;
  public Integer maxSize;
  final Map<String, Zone> zones = new LinkedHashMap<>();
  public List<String> route = new ArrayList<>();
  public String returnTo;
  final List<Object[]> legs = new ArrayList<>();
  public int vehicles = 10;
  public int seats = 30;
  public Distribution board = new Distribution.Constant(0);
  public Shuttles.Mode mode = Shuttles.Mode.DEDICATED;
  public String depot;
  public int planIterations = 200;
  public int guides = 10;
  public int perGuide = 100;
  public final Map<DayOfWeek, List<LocalTime>> days = new LinkedHashMap<>();
  final Map<LocalDate, List<LocalTime>> extra = new LinkedHashMap<>();
  public Limits limits = Limits.none();
  public Target target;
  public Demand demand;

  public ScenarioBuilder zone(String id, int capacity, int maxGroups, double headway, double dwell, boolean floor) {
    return zone(id, capacity, maxGroups, headway, new Distribution.Constant(dwell), floor, null, null);
  }

  public ScenarioBuilder zone(String id, int capacity, int maxGroups, double headway, Distribution dwell,
                              boolean floor, Double egress, Double noise) {
    zones.put(id, new Zone(id, capacity, maxGroups, headway, dwell, floor, egress, noise));
    return this;
  }

  public ScenarioBuilder route(String... ids) {
    route = List.of(ids);
    return this;
  }

  public ScenarioBuilder leg(String from, String to, double minutes) {
    legs.add(new Object[] {from, to, minutes});
    return this;
  }

  /** Tours on one date at the given times (added as extra tours, no weekly pattern). */
  public ScenarioBuilder tours(int dayOfMonth, String... times) {
    extra.put(month.atDay(dayOfMonth), Arrays.stream(times).map(LocalTime::parse).toList());
    return this;
  }

  public Scenario build() {
    List<String> ids = new ArrayList<>(zones.keySet());
    int n = ids.size();
    double[][] m = new double[n][n];
    for (double[] row : m) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    for (int i = 0; i < n; i++) {
      m[i][i] = 0;
    }
    for (Object[] l : legs) {
      int a = ids.indexOf((String) l[0]);
      int b = ids.indexOf((String) l[1]);
      m[a][b] = (double) l[2];
      m[b][a] = (double) l[2];
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = Math.min(m[i][j], m[i][k] + m[k][j]);
        }
      }
    }
    int largest = party.lastKey();
    Group group = new Group(size, party, noShow, overbook, maxSize != null ? maxSize : (size + overbook) * largest);
    String first = route.get(0);
    return Scenario.builder().name("test").month(month).seed(seed).replications(replications).group(group)
        .zones(zones).route(route).returnTo(returnTo).travel(new TravelTable(ids, m))
        .shuttles(new Shuttles(vehicles, seats, board, mode, depot != null ? depot : first, planIterations))
        .guides(new Guides(guides, perGuide)).schedule(new Schedule(days, Set.of(), extra)).limits(limits)
        .target(target).demand(demand).build();
  }

  /** Runs replication 0 and returns a metric reader. */
  public Month run() {
    TourSetup setup = new Compiler().compile(build());
    return new Month(setup.layout(), new MonthSimulation(setup).run(0));
  }

  /** A month's metric values by dotted name. */
  public record Month(MetricLayout layout, double[] values) {
    public double get(String name) {
      Metric m = layout.byName(name);
      if (m == null) {
        throw new AssertionError("no metric " + name);
      }
      return values[m.index()];
    }
  }
}
