package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tourplan.format.Fixtures.base;
import static org.tourplan.format.Fixtures.loads;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
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

class ScenarioLoaderValidTest {

  private static LocalTime t(String s) {
    return LocalTime.parse(s);
  }

  @Test
  void specExampleYamlLoadsToTheExpectedRecords() throws Exception {
    Scenario s = ScenarioLoader.parse("beijing.yaml", Fixtures.resource("beijing.yaml"));
    assertEquals("Beijing EV factory tour, July 2025", s.name());
    assertEquals(YearMonth.of(2025, 7), s.month());
    assertEquals(20250701L, s.seed());
    assertEquals(200, s.replications());
    assertEquals(new Group(20, new TreeMap<>(Map.of(1, 1.0)), 0.05, 0, 20), s.group());
    assertEquals(List.of("showroom", "line-1", "line-2", "line-3"), List.copyOf(s.zones().keySet()));
    assertEquals(new Zone("showroom", 60, 3, 0, new Distribution.Triangular(15, 20, 30), false, null, null),
        s.zones().get("showroom"));
    assertEquals(new Zone("line-1", 25, 1, 5, new Distribution.Triangular(10, 12, 16), true, 40.0, null),
        s.zones().get("line-1"));
    assertEquals(new Zone("line-3", 25, 1, 5, new Distribution.Triangular(8, 10, 14), true, 40.0, 85.0),
        s.zones().get("line-3"));
    assertEquals(List.of("showroom", "line-1", "line-2", "line-3"), s.route());
    assertEquals("showroom", s.returnTo());
    assertEquals(new Shuttles(2, 30, new Distribution.Constant(2), Shuttles.Mode.DEDICATED, "showroom"),
        s.shuttles());
    assertEquals(new Guides(4, 25), s.guides());

    TravelTable tt = s.travel();
    assertEquals(List.of("showroom", "line-1", "line-2", "line-3"), tt.places());
    assertEquals(6, tt.minutes("showroom", "line-1"));
    assertEquals(6, tt.minutes("line-1", "showroom"));
    assertEquals(8, tt.minutes("line-1", "line-3"));
    assertEquals(7, tt.minutes("showroom", "line-3"));
    assertEquals(10, tt.minutes("showroom", "line-2")); // via line-1 (6 + 4) beats via line-3 (7 + 4)
    assertEquals(0, tt.minutes("line-2", "line-2"));

    Schedule sch = s.schedule();
    assertEquals(7, sch.days().size());
    assertEquals(List.of(t("10:00"), t("14:00")), sch.days().get(DayOfWeek.MONDAY));
    assertEquals(List.of(t("09:30"), t("11:00"), t("14:00")), sch.days().get(DayOfWeek.SUNDAY));
    assertEquals(Set.of(LocalDate.of(2025, 7, 1)), sch.closed());
    assertEquals(Map.of(LocalDate.of(2025, 7, 19), List.of(t("16:00"))), sch.extra());

    assertEquals(new Limits(60.0, 2.5, 10.0, 150.0, t("18:00"), 100.0,
        List.of(new Limits.Blackout(List.of("line-2"), t("12:00"), t("13:00")))), s.limits());
    assertEquals(new Target(1100, Target.Unit.VISITORS, 0.95), s.target());
    assertEquals(new Demand(27000), s.demand());
  }

  @Test
  void jsonFileLoadsWithWeightsPooledModeOneWayLegsAndIgnoredOutOfMonthDates() throws Exception {
    Scenario s = ScenarioLoader.parse("beijing.json", Fixtures.resource("beijing.json"));
    // weight-0 size 4 dropped; maxSize as given
    assertEquals(new Group(20, new TreeMap<>(Map.of(1, 0.05, 2, 0.35, 3, 0.60)), 0.1, 2, 24), s.group());
    assertEquals(3, s.group().largestParty());
    assertEquals(24, s.group().largestAdmissible());
    assertEquals(new Distribution.Normal(20, 3), s.zones().get("showroom").dwell());
    assertEquals(new Distribution.Uniform(10, 14), s.zones().get("line-1").dwell());
    assertEquals(new Distribution.LogNormal(12, 2), s.zones().get("line-2").dwell());
    assertEquals(new Distribution.Exponential(15), s.zones().get("cafe").dwell());
    assertEquals(Integer.MAX_VALUE, s.zones().get("showroom").maxGroups());
    assertEquals(82.5, s.zones().get("line-1").noiseDbA());
    assertEquals(List.of("showroom", "line-1", "line-2", "line-1"), s.route());
    assertEquals("cafe", s.returnTo());
    assertEquals(new Shuttles(3, 12, new Distribution.Constant(1.5), Shuttles.Mode.POOLED, "cafe"), s.shuttles());

    TravelTable tt = s.travel();
    assertEquals(2.5, tt.minutes("cafe", "showroom"));
    assertEquals(13, tt.minutes("showroom", "cafe")); // one-way: back through line-1, line-2
    assertEquals(5.5, tt.minutes("line-2", "showroom")); // via the cafe
    assertEquals(7, tt.minutes("line-1", "cafe"));

    Schedule sch = s.schedule();
    assertEquals(Map.of(DayOfWeek.SATURDAY, List.of(t("09:30"), t("14:00"), t("09:30"))), sch.days());
    assertEquals(Set.of(LocalDate.of(2025, 7, 5)), sch.closed()); // 2025-08-02 is outside the month
    assertEquals(Map.of(LocalDate.of(2025, 7, 19), List.of(t("16:00"))), sch.extra()); // 2025-06-30 ignored
    assertEquals(Limits.none(), s.limits());
    assertEquals(new Target(100, Target.Unit.PLACES, 0.95), s.target());
    assertNull(s.demand());
  }

  @Test
  void defaultsAreResolved() {
    Scenario s = loads("t.yaml", Fixtures.BASE);
    assertEquals(1L, s.seed());
    assertEquals(100, s.replications());
    assertEquals(new Group(20, new TreeMap<>(Map.of(1, 1.0)), 0.0, 0, 20), s.group());
    assertEquals(new Zone("showroom", 60, Integer.MAX_VALUE, 0, new Distribution.Constant(20), false, null, null),
        s.zones().get("showroom"));
    assertEquals("showroom", s.returnTo());
    assertEquals(new Shuttles(2, 30, new Distribution.Constant(0), Shuttles.Mode.DEDICATED, "showroom"),
        s.shuttles());
    assertEquals(Limits.none(), s.limits());
    assertTrue(s.schedule().closed().isEmpty());
    assertTrue(s.schedule().extra().isEmpty());
    assertNull(s.target());
    assertNull(s.demand());
  }

  @Test
  void defaultMaxSizeIsSizeTimesLargestDrawableParty() {
    Scenario s = loads("t.yaml", base("  partySize: 1\n", "  partySize: { 1: 0.5, 2: 0.5, 5: 0 }\n")
        .replace("capacity: 25", "capacity: 40"));
    assertEquals(40, s.group().maxSize());
    assertEquals(new TreeMap<>(Map.of(1, 0.5, 2, 0.5)), s.group().partySize());
  }

  @Test
  void partySizeKeysMayBeQuotedOrNot() {
    Scenario a = loads("t.yaml", base("  partySize: 1\n", "  partySize: { 1: 0.4, 2: 0.6 }\n  maxSize: 20\n"));
    Scenario b = loads("t.yaml", base("  partySize: 1\n", "  partySize: { \"1\": 0.4, '2': 0.6 }\n  maxSize: 20\n"));
    assertEquals(a.group(), b.group());
  }

  @Test
  void limitsMayBePartialAndTargetAndDemandDefault() {
    Scenario s = loads("t.yaml", Fixtures.BASE + """
        limits:
          maxWaitMinutes: 10
        target:
          visitorsPerMonth: 900
        demand:
          applicationsPerMonth: 5000
        """);
    assertEquals(new Limits(null, null, 10.0, null, null, null, List.of()), s.limits());
    assertEquals(new Target(900, Target.Unit.VISITORS, 0.95), s.target());
    assertEquals(new Demand(5000), s.demand());
  }

  @Test
  void rangesWithNoSpreadBecomeConstants() {
    Scenario s = loads("t.yaml", Fixtures.BASE.replace("dwell: 20 }", "dwell: { triangular: [7, 7, 7] } }")
        .replace("dwell: { uniform: [8, 12] }", "dwell: { normal: { mean: 9, sd: 0 } }")
        + "limits: { blackouts: [ { zones: [line-1, line-2], from: \"23:00\", to: \"01:00\" } ] }\n");
    assertEquals(new Distribution.Constant(7), s.zones().get("showroom").dwell());
    assertEquals(new Distribution.Constant(9), s.zones().get("line-2").dwell());
    Scenario u = loads("t.yaml", base("dwell: { uniform: [8, 12] }", "dwell: { uniform: [8, 8] }"));
    assertEquals(new Distribution.Constant(8), u.zones().get("line-2").dwell());
    Scenario l = loads("t.yaml", base("dwell: { uniform: [8, 12] }", "dwell: { lognormal: { mean: 5, sd: 0 } }"));
    assertEquals(new Distribution.Constant(5), l.zones().get("line-2").dwell());
    assertEquals(t("23:00"), s.limits().blackouts().get(0).from()); // wrapping window is fine
  }

  @Test
  void zoneMayRepeatInRouteAndSameTravelPairTwiceWithSameMinutesIsFine() {
    Scenario s = loads("t.yaml", base("route: [showroom, line-1, line-2]",
        "route: [showroom, line-1, line-1, line-2, line-1]")
        .replace("  - { from: line-2, to: showroom, minutes: 7 }\n",
            "  - { from: line-2, to: showroom, minutes: 7 }\n  - { from: showroom, to: line-2, minutes: 7 }\n"
                + "  - { from: line-1, to: line-1, minutes: 0 }\n"));
    assertEquals(List.of("showroom", "line-1", "line-1", "line-2", "line-1"), s.route());
  }

  @Test
  void integralFloatsAreIntegersAndByteOrderMarkIsIgnored() {
    Scenario s = loads("t.yaml", "\uFEFF" + base("size: 20", "size: 20.0"));
    assertEquals(20, s.group().size());
  }

  @Test
  void extensionIsCaseInsensitiveAndYmlWorks() {
    assertEquals("Base tour", loads("T.YML", Fixtures.BASE).name());
  }

  @Test
  void scheduleMapsAreImmutable() {
    Scenario s = loads("t.yaml", Fixtures.BASE);
    assertThrows(UnsupportedOperationException.class, () -> s.schedule().days().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.zones().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.group().partySize().clear());
    assertArrayEquals(new double[] {0, 6, 7}, s.travel().minutes()[0]);
  }
}
