package org.tourplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scenario's builder checks as it goes (a null or out-of-bounds value when it is set, a scenario no file could say
 * when it is built); toBuilder changes one component and keeps every other; the model types are values.
 */
class ScenarioBuilderTest {
  private static final YearMonth JULY = YearMonth.of(2025, 7);

  private static Scenario.Builder twoZones() {
    Map<String, Zone> zones = new LinkedHashMap<>();
    zones.put("a", new Zone("a", 20, Integer.MAX_VALUE, 0, new Distribution.Constant(10), false, null, null));
    zones.put("b", new Zone("b", 20, 1, 2, new Distribution.Uniform(5, 8), true, 50.0, 80.0));
    double[][] m = {{0, 4}, {4, 0}};
    return Scenario.builder().name("two zones").month(JULY)
        .group(new Group(5, new TreeMap<>(Map.of(1, 1.0, 2, 1.0)), 0, 0, 10)).zones(zones)
        .route(List.of("a", "b")).travel(new TravelTable(List.of("a", "b"), m))
        .shuttles(new Shuttles(2, 10, new Distribution.Constant(0), Shuttles.Mode.DEDICATED, "a", 20))
        .guides(new Guides(1, 20))
        .schedule(new Schedule(Map.of(DayOfWeek.MONDAY, List.of(LocalTime.of(10, 0))), Set.of(), Map.of()));
  }

  @Test
  void aBuiltScenarioHasTheFilesDefaultsAndToBuilderKeepsEveryOtherComponent() {
    Scenario s = twoZones().build();
    assertEquals(1, s.seed());
    assertEquals(100, s.replications());
    assertEquals("a", s.returnTo());
    assertEquals(Limits.none(), s.limits());
    Scenario t = s.toBuilder().seed(7).build();
    assertEquals(7, t.seed());
    assertEquals(s, t.toBuilder().seed(1).build());
    assertEquals(s.withRun(7, 100), t);
    assertNotEquals(s, t);
  }

  @Test
  void valuesOutOfBoundsAreRefusedWhenSet() {
    Scenario.Builder b = twoZones();
    assertThrows(IllegalArgumentException.class, () -> b.replications(0));
    assertThrows(IllegalArgumentException.class, () -> b.replications(Bounds.REPLICATIONS + 1));
    assertThrows(NullPointerException.class, () -> b.name(null));
    assertThrows(NullPointerException.class, () -> b.group(null));
    assertThrows(IllegalArgumentException.class, () -> b.route(List.of()));
    assertThrows(IllegalArgumentException.class, () -> b.zones(Map.of()));
    assertThrows(IllegalArgumentException.class, () -> b.zones(Map.of("x",
        new Zone("y", 1, 1, 0, new Distribution.Constant(1), false, null, null))));
  }

  @Test
  void aScenarioNoFileCouldSayIsRefusedWhenBuilt() {
    String unknown = assertThrows(IllegalArgumentException.class,
        () -> twoZones().route(List.of("a", "c")).build()).getMessage();
    assertTrue(unknown.contains("the route names \"c\""), unknown);
    assertThrows(IllegalArgumentException.class, () -> twoZones().returnTo("c").build());
    assertThrows(IllegalArgumentException.class, () -> twoZones()
        .travel(new TravelTable(List.of("b", "a"), new double[][] {{0, 1}, {1, 0}})).build());
    String outside = assertThrows(IllegalArgumentException.class, () -> twoZones()
        .schedule(new Schedule(Map.of(), Set.of(LocalDate.of(2025, 8, 1)), Map.of())).build()).getMessage();
    assertTrue(outside.contains("2025-08-01, outside the month 2025-07"), outside);
    assertThrows(IllegalArgumentException.class, () -> twoZones().limits(new Limits(null, null, null, null, null,
        null, List.of(new Limits.Blackout(List.of("z"), LocalTime.NOON, LocalTime.MIDNIGHT)))).build());
    // a season month outside the phases follows schedule.days
    Schedule other = new Schedule(Map.of(DayOfWeek.FRIDAY, List.of(LocalTime.NOON)), Set.of(), Map.of());
    Season season = new Season(JULY, JULY, List.of(), List.of(new Season.Month(JULY, -1, other)));
    String stale = assertThrows(IllegalArgumentException.class, () -> twoZones().season(season).build())
        .getMessage();
    assertTrue(stale.contains("does not follow schedule.days"), stale);
    Scenario s = twoZones().build();
    assertEquals(s.schedule(), twoZones().season(season.withTopLevelDays(s.schedule().days())).build()
        .season().months().get(0).schedule());
  }

  @Test
  void modelTypesAreValuesAndImmutable() {
    double[][] m = {{0, 4}, {4, 0}};
    TravelTable t = new TravelTable(List.of("a", "b"), m);
    m[0][1] = 99; // the caller's array is not the table's
    assertEquals(4, t.minutes(0, 1));
    t.minutes()[0][1] = 99; // nor is the copy it hands out
    assertEquals(4, t.minutes("a", "b"));
    TravelTable same = new TravelTable(List.of("a", "b"), new double[][] {{0, 4}, {4, 0}});
    assertEquals(t, same);
    assertEquals(t.hashCode(), same.hashCode());
    assertNotEquals(t, new TravelTable(List.of("a", "b"), new double[][] {{0, 4}, {5, 0}}));
    Scenario a = twoZones().build();
    Scenario b = twoZones().build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> a.zones().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.schedule().days().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.group().partySize().clear());
  }
}
