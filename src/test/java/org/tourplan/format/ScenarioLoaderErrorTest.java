package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tourplan.format.Fixtures.BASE;
import static org.tourplan.format.Fixtures.base;
import static org.tourplan.format.Fixtures.loads;
import static org.tourplan.format.Fixtures.problemAt;
import static org.tourplan.format.Fixtures.refused;
import static org.tourplan.format.Fixtures.refusedAt;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test (or parameterised family) per class of error; each checks the key path and the problem.
 *
 * <p>Longer than 400 lines on purpose: one short test per class of error the format documents, so that the list of
 * errors in docs/scenario-format.md and the list of tests can be read side by side.
 */
class ScenarioLoaderErrorTest {

  // ---------------------------------------------------------------- problem format

  @Test
  void problemToStringHasFileLinePathAndMessage() {
    Problem p = refusedAt(base("line-2: { capacity: 25", "line-2: { capacity: -5"), "zones.line-2.capacity",
        "found -5, expected an integer >= 1");
    assertEquals("t.yaml:9: zones.line-2.capacity: found -5, expected an integer >= 1", p.toString());
    assertEquals("f.yaml: the file is empty", new Problem("f.yaml", null, null, "the file is empty").toString());
  }

  @Test
  void allProblemsOfAFileAreReportedAtOnceInLineOrder() {
    ScenarioException e = refused("t.yaml", base("size: 20", "size: 0")
        .replace("line-2: { capacity: 25", "line-2: { capacity: -5")
        .replace("seats: 30", "seats: lots")
        .replace("SAT: [\"09:30\", \"11:00\"]", "SAT: [\"09:30\", \"25:00\"]"));
    problemAt(e, "group.size", "found 0", "an integer >= 1");
    problemAt(e, "zones.line-2.capacity", "found -5");
    problemAt(e, "shuttles.seats", "found \"lots\"", "an integer >= 1");
    problemAt(e, "schedule.days.SAT[1]", "found \"25:00\"", "HH:MM");
    assertEquals(4, e.problems().size(), e.getMessage());
    for (int i = 1; i < e.problems().size(); i++) {
      assertTrue(e.problems().get(i - 1).line() <= e.problems().get(i).line());
    }
  }

  // ---------------------------------------------------------------- unknown and duplicate keys

  static Stream<Arguments> unknownKeys() {
    return Stream.of(
        Arguments.of("name: Base tour", "nmae: Base tour", "nmae", "name"),
        Arguments.of("  size: 20", "  sise: 20\n  size: 20", "group.sise", "size"),
        Arguments.of("showroom: { capacity: 60,", "showroom: { capacty: 60, capacity: 60,", "zones.showroom.capacty",
            "capacity"),
        Arguments.of("line-1: { capacity: 25,", "line-1: { MaxGroup: 2, capacity: 25,", "zones.line-1.MaxGroup",
            "maxGroups"),
        Arguments.of("{ from: showroom, to: line-1, minutes: 6 }",
            "{ from: showroom, to: line-1, minutes: 6, oneway: true }", "travel[0].oneway", "oneWay"),
        Arguments.of("  seats: 30", "  seats: 30\n  boardMinute: 2", "shuttles.boardMinute", "boardMinutes"),
        Arguments.of("  count: 2", "  count: 2\n  maxVisitorPerGuide: 3", "guides.maxVisitorPerGuide",
            "maxVisitorsPerGuide"),
        Arguments.of("  days:", "  closd: []\n  days:", "schedule.closd", "closed"),
        Arguments.of("dwell: 20 }", "dwell: { triangle: [1, 2, 3] } }", "zones.showroom.dwell.triangle",
            "triangular"),
        Arguments.of("dwell: 20 }", "dwell: { normal: { mean: 5, sdev: 1 } } }", "zones.showroom.dwell.normal.sdev",
            "sd"));
  }

  @ParameterizedTest
  @MethodSource("unknownKeys")
  void unknownKeysAtEveryLevelSuggestTheNearestKnownKey(String from, String to, String path, String suggestion) {
    refusedAt(base(from, to), path, "unknown key", "did you mean `" + suggestion + "`?");
  }

  @Test
  void unknownKeysInOptionalSectionsToo() {
    String text = BASE + """
        limits:
          floorVisitor: 60
          blackouts:
            - { zones: [line-1], from: "12:00", to: "13:00", form: "12:00" }
        target: { visitorsPerMonth: 10, confidense: 0.9 }
        demand: { aplicationsPerMonth: 10, applicationsPerMonth: 10 }
        """;
    ScenarioException e = refused("t.yaml", text);
    problemAt(e, "limits.floorVisitor", "did you mean `floorVisitors`?");
    problemAt(e, "limits.blackouts[0].form", "did you mean `from`?");
    problemAt(e, "target.confidense", "did you mean `confidence`?");
    problemAt(e, "demand.aplicationsPerMonth", "did you mean `applicationsPerMonth`?");
  }

  @Test
  void unknownKeyFarFromAnyKnownKeyListsTheKnownKeys() {
    refusedAt(base("  partySize: 1", "  partySize: 1\n  colour: red"), "group.colour",
        "unknown key `colour`", "expected one of size, partySize, noShowRate, overbook, maxSize");
  }

  @Test
  void duplicateKeysAreErrorsInYamlAndJson() {
    ScenarioException y = refused("t.yaml", base("  seats: 30", "  seats: 30\n  seats: 40"));
    Problem p = problemAt(y, "shuttles.seats", "duplicate key `seats`");
    assertEquals(18, p.line());
    ScenarioException j = refused("t.json", "{\"name\": \"a\",\n \"group\": {\"size\": 1,\n \"size\": 2}}");
    problemAt(j, "group.size", "duplicate key `size`");
    assertEquals(3, j.problems().get(0).line());
  }

  // ---------------------------------------------------------------- syntax

  @Test
  void yamlSyntaxErrorGivesLineColumnAndAPlainMessage() {
    ScenarioException e = refused("t.yaml", base("route: [showroom, line-1, line-2]", "route: [showroom, line-1"));
    Problem p = e.problems().get(0);
    assertEquals(1, e.problems().size());
    assertTrue(p.message().startsWith("YAML syntax error at column"), p.message());
    assertFalse(p.message().contains("\n") || p.message().contains("^") || p.message().contains("in 'reader'"),
        p.message());
    assertTrue(p.line() != null && p.line() >= 10, p.toString());
  }

  @Test
  void jsonSyntaxErrorGivesLineColumnAndAPlainMessage() {
    ScenarioException e = refused("t.json", "{\n  \"name\": \"x\",\n  \"month\": ,\n}");
    Problem p = e.problems().get(0);
    assertEquals(3, p.line());
    assertTrue(p.message().startsWith("syntax error at column 12: "), p.message());
    assertFalse(p.message().contains("Source") || p.message().contains("code 44"), p.message());
    assertEquals("month", p.path());
  }

  @Test
  void severalDocumentsAreRefused() {
    Problem p = refused("t.yaml", BASE + "---\nname: other\n").problems().get(0);
    assertTrue(p.message().contains("more than one document"), p.message());
    assertTrue(refused("t.json", "{} {}").problems().get(0).message().contains("more than one"));
  }

  @Test
  void rootMustBeAMap() {
    assertTrue(refused("t.yaml", "- a\n- b\n").problems().get(0).message().contains("found a list [\"a\", \"b\"], expected a map"));
    assertTrue(refused("t.json", "42").problems().get(0).message().contains("found 42, expected a map"));
  }

  @Test
  void deepNestingIsRefusedCalmly() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertEquals(1, refused("t.json", "{\"name\": " + deep + "}").problems().size());
    assertEquals(1, refused("t.yaml", "name: " + deep + "\n").problems().size());
  }

  // ---------------------------------------------------------------- types

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("size: 20", "size: \"20\"", "group.size", "found \"20\", expected an integer >= 1"),
        Arguments.of("  vehicles: 2", "  vehicles: [2]", "shuttles.vehicles", "found a list [2], expected an integer"),
        Arguments.of("group:\n  size: 20\n  partySize: 1\n", "group: [20]\n", "group", "found a list [20], expected a map"),
        Arguments.of("route: [showroom, line-1, line-2]", "route: { a: showroom }", "route",
            "found a map, expected a list of zone ids"),
        Arguments.of("name: Base tour", "name: 2025", "name", "found 2025, expected the scenario name (text); quote it"),
        Arguments.of("floor: true", "floor: \"yes\"", "zones.line-1.floor", "found \"yes\", expected true or false"),
        Arguments.of("dwell: 20 }", "dwell: \"20\" }", "zones.showroom.dwell", "found \"20\", expected a duration"),
        Arguments.of("  count: 2", "  count: ", "guides.count", "found an empty value (null), expected an integer"),
        Arguments.of("travel:\n", "travel: { from: a }\ntravel_:\n", "travel", "found a map, expected a list"),
        Arguments.of("SAT: [\"09:30\", \"11:00\"]", "SAT: \"09:30\"", "schedule.days.SAT",
            "found \"09:30\", expected a list of \"HH:MM\" start times"),
        Arguments.of("month: 2025-07", "month: 202507", "month", "found 202507, expected a month"));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void wrongTypesNameThePathAndWhatWasExpected(String from, String to, String path, String fragment) {
    refusedAt(base(from, to), path, fragment);
  }

  @Test
  void numbersAsTimesAskForQuotes() {
    // an unquoted 10:00 is accepted (see LoaderReliabilityTest); one-digit hours still get the hint
    refusedAt(base("MON: [\"10:00\", \"14:00\"]", "MON: [9:00, \"14:00\"]"), "schedule.days.MON[0]",
        "write \"09:00\"");
    // what a YAML 1.1 reader (or a JSON author) makes of 10:00
    Problem p = problemAt(refused("t.json", """
        {"name": "x", "month": "2025-07", "group": {"size": 1}, "zones": {"a": {"capacity": 1, "dwell": 1}},
         "route": ["a"], "shuttles": {"vehicles": 1, "seats": 1}, "guides": {"count": 1, "maxVisitorsPerGuide": 1},
         "schedule": {"days": {"MON": [600]}}}
        """), "schedule.days.MON[0]", "found the number 600", "quote times: write \"10:00\"");
    assertEquals(3, p.line());
  }

  // ---------------------------------------------------------------- ranges

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of("size: 20", "size: 0", "group.size", "found 0, expected an integer >= 1"),
        Arguments.of("  partySize: 1", "  partySize: 1\n  noShowRate: 1.5", "group.noShowRate",
            "found 1.5, expected a number from 0 to 1"),
        Arguments.of("  partySize: 1", "  partySize: 1\n  overbook: -1", "group.overbook", "expected an integer >= 0"),
        Arguments.of("  partySize: 1", "  partySize: 1\n  maxSize: 0", "group.maxSize", "expected an integer >= 1"),
        Arguments.of("  partySize: 1", "  partySize: { 1: -0.5, 2: 1 }", "group.partySize.1",
            "found -0.5, expected a weight from 0 to 1e9"),
        Arguments.of("  partySize: 1", "  partySize: { 1: 0, 2: 0 }", "group.partySize",
            "every weight is 0"),
        Arguments.of("  partySize: 1", "  partySize: 0", "group.partySize", "found 0, expected an integer >= 1"),
        Arguments.of("showroom: { capacity: 60", "showroom: { capacity: 0", "zones.showroom.capacity",
            "found 0, expected an integer >= 1"),
        Arguments.of("maxGroups: 1", "maxGroups: 0", "zones.line-1.maxGroups", "found 0, expected an integer >= 1"),
        Arguments.of("headway: 5", "headway: -1", "zones.line-1.headway", "found -1, expected a number of minutes from 0 to 1440"),
        Arguments.of("floor: true", "floor: true, egressPerMinute: 0", "zones.line-1.egressPerMinute",
            "found 0, expected a number of persons per minute from 0.001 to 1000000"),
        Arguments.of("  vehicles: 2", "  vehicles: 0", "shuttles.vehicles", "found 0, expected an integer >= 1"),
        Arguments.of("  seats: 30", "  seats: 0", "shuttles.seats", "found 0, expected an integer >= 1"),
        Arguments.of("  count: 2", "  count: 0", "guides.count", "found 0, expected an integer >= 1"),
        Arguments.of("  maxVisitorsPerGuide: 25", "  maxVisitorsPerGuide: 0", "guides.maxVisitorsPerGuide",
            "found 0, expected an integer >= 1"),
        Arguments.of("month: 2025-07", "month: 2025-07\nreplications: 0", "replications",
            "found 0, expected an integer >= 1"),
        Arguments.of("minutes: 6", "minutes: -6", "travel[0].minutes", "found -6, expected a number of minutes from 0 to 1440"),
        Arguments.of("month: 2025-07", "month: 2025-07\ntarget: { visitorsPerMonth: 0 }", "target.visitorsPerMonth",
            "found 0, expected a number > 0"),
        Arguments.of("month: 2025-07", "month: 2025-07\ntarget: { visitorsPerMonth: 5, confidence: 0 }",
            "target.confidence", "found 0, expected a probability > 0 and <= 1"),
        Arguments.of("month: 2025-07", "month: 2025-07\ntarget: { visitorsPerMonth: 5, confidence: 1.01 }",
            "target.confidence", "found 1.01"),
        Arguments.of("month: 2025-07", "month: 2025-07\ndemand: { applicationsPerMonth: -3 }",
            "demand.applicationsPerMonth", "found -3, expected a number from 1 to 1e12"),
        Arguments.of("month: 2025-07", "month: 2025-07\nlimits: { maxWaitMinutes: -1 }", "limits.maxWaitMinutes",
            "found -1"),
        Arguments.of("month: 2025-07", "month: 2025-07\nseed: 1.5", "seed", "found 1.5, expected an integer (a whole number)"),
        Arguments.of("size: 20", "size: 20.5", "group.size", "found 20.5, expected an integer >= 1 (a whole number)"),
        Arguments.of("  vehicles: 2", "  vehicles: 3000000000", "shuttles.vehicles", "and <= 10000"),
        Arguments.of("headway: 5", "headway: .inf", "zones.line-1.headway", "found .inf", "(a finite number)"));
  }

  @ParameterizedTest
  @MethodSource("outOfRange")
  void outOfRangeAndNonIntegralNumbers(String from, String to, String path, String fragment) {
    refusedAt(base(from, to), path, fragment);
  }

  static Stream<Arguments> badDistributions() {
    String p = "zones.showroom.dwell";
    return Stream.of(
        Arguments.of("{ triangular: [10, 5, 20] }", p + ".triangular",
            "found a list [10, 5, 20], expected [min, mode, max] with min <= mode <= max"),
        Arguments.of("{ triangular: [10, 20] }", p + ".triangular", "[min, mode, max] of 3 numbers"),
        Arguments.of("{ uniform: [20, 10] }", p + ".uniform", "min <= max"),
        Arguments.of("{ uniform: [-1, 10] }", p + ".uniform[0]", "found -1, expected a number of minutes from 0 to 1440"),
        Arguments.of("{ normal: { mean: 20, sd: -1 } }", p + ".normal.sd", "found -1, expected a number of minutes from 0 to 1440"),
        Arguments.of("{ normal: { mean: 20 } }", p + ".normal.sd", "missing (required)"),
        Arguments.of("{ lognormal: { mean: 0, sd: 1 } }", p + ".lognormal.mean", "found 0, expected a number > 0"),
        Arguments.of("{ exponential: { mean: 0 } }", p + ".exponential.mean", "found 0, expected a number > 0"),
        Arguments.of("{ constant: -2 }", p + ".constant", "found -2, expected a number of minutes from 0 to 1440"),
        Arguments.of("-2", p, "found -2, expected a duration"),
        Arguments.of("{ constant: 2, uniform: [1, 2] }", p, "expected exactly one of constant, triangular"),
        Arguments.of("{}", p, "found an empty map, expected a duration"));
  }

  @ParameterizedTest
  @MethodSource("badDistributions")
  void invalidDistributionParameters(String dwell, String path, String fragment) {
    refusedAt(base("dwell: 20 }", "dwell: " + dwell + " }"), path, fragment);
  }

  // ---------------------------------------------------------------- times and dates

  @Test
  void malformedTimes() {
    refusedAt(base("\"14:00\"]", "\"25:00\"]"), "schedule.days.MON[1]", "found \"25:00\"", "00:00 to 23:59");
    refusedAt(base("\"14:00\"]", "\"10:60\"]"), "schedule.days.MON[1]", "found \"10:60\"");
    refusedAt(base("\"14:00\"]", "\"2pm\"]"), "schedule.days.MON[1]", "found \"2pm\"", "HH:MM");
    refusedAt(base("\"14:00\"]", "\"14:00:00\"]"), "schedule.days.MON[1]", "found \"14:00:00\"");
    refusedAt(base("\"14:00\"]", "\"9:00\"]"), "schedule.days.MON[1]", "two-digit hours: write \"09:00\"");
    refusedAt(BASE + "limits: { closeTime: \"24:00\" }\n", "limits.closeTime", "found \"24:00\"");
  }

  @Test
  void malformedDates() {
    refusedAt(base("month: 2025-07", "month: 2025-13"), "month", "found \"2025-13\"", "01 to 12");
    refusedAt(base("month: 2025-07", "month: July 2025"), "month", "found \"July 2025\"", "YYYY-MM");
    refusedAt(BASE.replace("  days:", "  closed: [\"2025-02-30\"]\n  days:"), "schedule.closed[0]",
        "found \"2025-02-30\"", "real date", "2025-02 has 28 days");
    refusedAt(BASE.replace("  days:", "  extra: { \"2025-7-19\": [\"10:00\"] }\n  days:"), "schedule.extra.2025-7-19",
        "found \"2025-7-19\"", "YYYY-MM-DD");
    // out of the month is fine (ignored), not a real date is not
    refusedAt(BASE.replace("  days:", "  closed: [\"2024-02-30\"]\n  days:"), "schedule.closed[0]", "real date");
  }

  @Test
  void unknownDaysOfWeek() {
    refusedAt(base("  MON:", "  mon:"), "schedule.days.mon", "unknown day `mon`", "did you mean `MON`?");
    refusedAt(base("  SAT:", "  Saturday:"), "schedule.days.Saturday", "unknown day", "did you mean `SAT`?");
    refusedAt(base("  SAT:", "  HOL:"), "schedule.days.HOL", "unknown day `HOL`", "MON, TUE, WED, THU, FRI, SAT, SUN");
  }

  // ---------------------------------------------------------------- zones, route, travel

  @Test
  void unknownZonesEverywhereTheyAreReferenced() {
    refusedAt(base("route: [showroom, line-1, line-2]", "route: [showroom, line-l, line-2]"), "route[1]",
        "unknown zone `line-l`", "did you mean `line-1`?");
    refusedAt(base("{ from: line-1, to: line-2,", "{ from: line-1, to: line-9,"), "travel[1].to",
        "unknown zone `line-9`");
    refusedAt(base("{ from: showroom, to: line-1,", "{ from: shworoom, to: line-1,"), "travel[0].from",
        "unknown zone `shworoom`", "did you mean `showroom`?");
    refusedAt(base("route:", "returnTo: lobby\nroute:"), "returnTo", "unknown zone `lobby`");
    refusedAt(base("  seats: 30", "  seats: 30\n  depot: garage"), "shuttles.depot", "unknown zone `garage`");
    refusedAt(BASE + "limits: { blackouts: [ { zones: [line-1, line-3], from: \"12:00\", to: \"13:00\" } ] }\n",
        "limits.blackouts[0].zones[1]", "unknown zone `line-3`");
  }

  @Test
  void routeMustBeANonEmptyListOfZones() {
    refusedAt(base("route: [showroom, line-1, line-2]", "route: []"), "route",
        "found an empty list, expected at least one zone id");
    refusedAt(base("route: [showroom, line-1, line-2]", "route: [showroom, 7]"), "route[1]",
        "found 7, expected a zone id (text); quote it");
  }

  @Test
  void zonesMustBeANonEmptyMap() {
    refusedAt("name: x\nmonth: 2025-07\nzones: {}\n", "zones", "found an empty map, expected at least one zone");
  }

  @Test
  void modeAndUnitMustBeKnownWords() {
    refusedAt(base("  seats: 30", "  seats: 30\n  mode: shared"), "shuttles.mode",
        "found \"shared\", expected dedicated, pooled or planned");
    refusedAt(base("  seats: 30", "  seats: 30\n  mode: Pooled"), "shuttles.mode", "found \"Pooled\"");
    refusedAt(BASE + "target: { visitorsPerMonth: 5, unit: persons }\n", "target.unit",
        "found \"persons\", expected visitors or places");
  }

  @Test
  void partySizeKeysMustBePartySizes() {
    refusedAt(base("  partySize: 1", "  partySize: { one: 1 }"), "group.partySize.one", "not a whole number from 1 to 1000");
    refusedAt(base("  partySize: 1", "  partySize: { 0: 1, 1: 1 }"), "group.partySize.0", "not a whole number from 1 to 1000");
    refusedAt(base("  partySize: 1", "  partySize: {}"), "group.partySize", "found an empty map");
    refusedAt(base("  partySize: 1", "  partySize: [1, 2]"), "group.partySize", "found a list");
  }

  @Test
  void blackoutFromEqualToToIsAnError() {
    refusedAt(BASE + "limits:\n  blackouts:\n    - { zones: [line-1], from: \"12:00\", to: \"12:00\" }\n",
        "limits.blackouts[0].to", "found \"12:00\", the same as from");
  }

  @Test
  void blackoutsClosingAZoneAllDayAreAnError() {
    // two windows that together cover 24 hours: groups could never enter, the month would never end
    refusedAt(BASE + "limits:\n  blackouts:\n    - { zones: [line-1], from: \"00:00\", to: \"12:00\" }\n"
            + "    - { zones: [line-1, line-2], from: \"12:00\", to: \"00:00\" }\n",
        "limits.blackouts", "zone `line-1` is closed all day");
    // one minute open is enough
    loads("t.yaml", BASE + "limits:\n  blackouts:\n    - { zones: [line-1], from: \"00:01\", to: \"00:00\" }\n");
  }

  @Test
  void travelPairListedTwiceWithDifferentMinutes() {
    refusedAt(base("  - { from: line-2, to: showroom, minutes: 7 }\n",
        "  - { from: line-2, to: showroom, minutes: 7 }\n  - { from: line-1, to: showroom, minutes: 6.5 }\n"),
        "travel[3].minutes", "found 6.5 for `line-1` -> `showroom`, but travel[0] already gives 6 minutes");
    // one-way legs in opposite directions are different pairs
    loads("t.yaml", base("  - { from: line-2, to: showroom, minutes: 7 }\n",
        "  - { from: line-2, to: showroom, minutes: 7, oneWay: true }\n"
            + "  - { from: showroom, to: line-2, minutes: 9, oneWay: true }\n"));
  }

  @Test
  void legFromAZoneToItselfMustBeZero() {
    refusedAt(base("  - { from: line-2, to: showroom, minutes: 7 }\n",
        "  - { from: line-2, to: showroom, minutes: 7 }\n  - { from: line-2, to: line-2, minutes: 3 }\n"),
        "travel[3].minutes", "to itself", "always 0 minutes");
  }

  @Test
  void unreachableNeededPairs() {
    // route leg
    String isolated = base("  - { from: line-1, to: line-2, minutes: 4 }\n", "")
        .replace("  - { from: line-2, to: showroom, minutes: 7 }\n", "");
    refusedAt(isolated, "travel", "no travel path from `line-1` to `line-2`", "route leg route[1] -> route[2]");
    // last zone -> returnTo (one-way leg the wrong way)
    refusedAt(base("  - { from: line-2, to: showroom, minutes: 7 }\n",
        "  - { from: showroom, to: line-2, minutes: 7, oneWay: true }\n")
        .replace("{ from: showroom, to: line-1, minutes: 6 }", "{ from: showroom, to: line-1, minutes: 6, oneWay: true }")
        .replace("{ from: line-1, to: line-2, minutes: 4 }", "{ from: line-1, to: line-2, minutes: 4, oneWay: true }"),
        "travel", "no travel path from `line-2` to `showroom`", "last route zone -> returnTo");
    // no travel key at all
    refusedAt(BASE.substring(0, BASE.indexOf("travel:")) + BASE.substring(BASE.indexOf("shuttles:")), "travel",
        "no travel path from `showroom` to `line-1`");
    // pooled: the depot must reach every route zone
    String pooled = BASE.replace("zones:\n", "zones:\n  garage: { capacity: 1, dwell: 0 }\n")
        .replace("  seats: 30", "  seats: 30\n  mode: pooled\n  depot: garage")
        .replace("travel:\n", "travel:\n  - { from: showroom, to: garage, minutes: 1, oneWay: true }\n");
    refusedAt(pooled, "travel", "no travel path from `garage` to `showroom`", "pooled vehicles standing at `garage`");
    // the same file in dedicated mode is fine: the depot is not used
    loads("t.yaml", pooled.replace("  mode: pooled\n", ""));
  }

  // ---------------------------------------------------------------- groups that could never be served

  @Test
  void largestAdmissibleGroupMustFitEveryRouteZone() {
    refusedAt(base("  partySize: 1", "  partySize: 1\n  overbook: 10\n  maxSize: 26"), "zones.line-1.capacity",
        "found 25, but the largest group that can be admitted has 26 persons", "expected a capacity >= 26");
    // a zone not on the route does not matter
    loads("t.yaml", base("zones:\n", "zones:\n  tiny: { capacity: 1, dwell: 1 }\n"));
  }

  @Test
  void largestAdmissibleGroupMustHaveEnoughGuides() {
    refusedAt(base("  maxVisitorsPerGuide: 25", "  maxVisitorsPerGuide: 9"), "guides.count",
        "found 2 guides x maxVisitorsPerGuide 9 = 18 visitors", "20 persons", "expected at least 3 guides");
  }

  @Test
  void partyLargerThanSeatsIsAnError() {
    refusedAt(base("  partySize: 1", "  partySize: { 1: 0.5, 6: 0.5 }\n  maxSize: 20").replace("seats: 30", "seats: 5"),
        "shuttles.seats", "found 5, but group.partySize has parties of 6 persons", "never split");
  }

  @Test
  void fleetMustCarryEveryAdmissibleMixPackedWhole() {
    // the contract's example: 7 parties of 3 need 4 eight-seat vehicles, though 3 x 8 >= 21
    String seven = base("size: 20", "size: 7").replace("partySize: 1", "partySize: 3")
        .replace("vehicles: 2", "vehicles: 3").replace("seats: 30", "seats: 8");
    refusedAt(seven, "shuttles.vehicles", "found 3, but 7 parties of 3", "need 4 vehicles of 8 seats",
        "expected at least 4 vehicles");
    loads("t.yaml", seven.replace("vehicles: 3", "vehicles: 4"));
    // maxSize caps persons: at most 4 parties of 3 (12 persons) fit in 2 vehicles
    loads("t.yaml", seven.replace("vehicles: 3", "vehicles: 2").replace("partySize: 3", "partySize: 3\n  maxSize: 12"));
    refusedAt(seven.replace("vehicles: 3", "vehicles: 2").replace("partySize: 3", "partySize: 3\n  maxSize: 15"),
        "shuttles.vehicles", "5 parties of 3", "need 3 vehicles");
  }

  @Test
  void hugeGroupsWithAmpleFleetLoadQuickly() {
    // 2 x maxSize / seats + 1 = 67 <= 100 vehicles: no search; capacity and guides sized to match
    long start = System.nanoTime();
    loads("t.yaml", base("size: 20", "size: 1000").replace("partySize: 1", "partySize: { 1: 1, 2: 1, 3: 1, 4: 1 }\n  maxSize: 1000")
        .replace("capacity: 60", "capacity: 1000").replace("capacity: 25", "capacity: 1000")
        .replace("vehicles: 2", "vehicles: 100").replace("maxVisitorsPerGuide: 25", "maxVisitorsPerGuide: 500"));
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
  }

  @Test
  void worstMixIsNotAlwaysTheLargestParties() {
    // parties of 1 or 2, 3 invited, at most 5 persons, 4 seats: the largest parties alone (2 + 2) fill one
    // vehicle, but 2 + 2 + 1 needs two
    String g = base("size: 20", "size: 3").replace("partySize: 1", "partySize: { 1: 1, 2: 1 }\n  maxSize: 5")
        .replace("seats: 30", "seats: 4").replace("vehicles: 2", "vehicles: 1");
    refusedAt(g, "shuttles.vehicles", "found 1, but 2 parties of 2 and 1 party of 1", "need 2 vehicles of 4 seats");
    loads("t.yaml", g.replace("vehicles: 1", "vehicles: 2"));
  }

  // ---------------------------------------------------------------- missing required keys

  static Stream<Arguments> missing() {
    return Stream.of(
        Arguments.of("name: Base tour\n", "", "name"),
        Arguments.of("month: 2025-07\n", "", "month"),
        Arguments.of("  size: 20\n", "", "group.size"),
        Arguments.of("showroom: { capacity: 60, dwell: 20 }", "showroom: { dwell: 20 }", "zones.showroom.capacity"),
        Arguments.of("showroom: { capacity: 60, dwell: 20 }", "showroom: { capacity: 60 }", "zones.showroom.dwell"),
        Arguments.of("route: [showroom, line-1, line-2]\n", "", "route"),
        Arguments.of("  vehicles: 2\n", "", "shuttles.vehicles"),
        Arguments.of("  seats: 30\n", "", "shuttles.seats"),
        Arguments.of("  count: 2\n", "", "guides.count"),
        Arguments.of("  maxVisitorsPerGuide: 25\n", "", "guides.maxVisitorsPerGuide"),
        Arguments.of("{ from: showroom, to: line-1, minutes: 6 }", "{ from: showroom, to: line-1 }",
            "travel[0].minutes"));
  }

  @ParameterizedTest
  @MethodSource("missing")
  void missingRequiredKeys(String from, String to, String path) {
    refusedAt(base(from, to), path, "missing (required)");
  }

  @Test
  void missingRequiredSections() {
    String noZones = "name: x\nmonth: 2025-07\n";
    ScenarioException e = refused("t.yaml", noZones);
    for (String k : new String[] {"group", "zones", "route", "shuttles", "guides", "schedule"}) {
      problemAt(e, k, "missing (required)");
    }
    refusedAt(BASE + "target: { unit: places }\n", "target.visitorsPerMonth", "missing (required)");
    refusedAt(BASE + "demand: {}\n", "demand.applicationsPerMonth", "missing (required)");
    refusedAt(BASE + "limits:\n  blackouts:\n    - { zones: [line-1], from: \"12:00\" }\n", "limits.blackouts[0].to",
        "missing (required)");
  }

  // ---------------------------------------------------------------- file text is escaped in messages

  @Test
  void textFromTheFileIsEscapedAndShortened() {
    Problem p = refusedAt(base("  partySize: 1", "  partySize: 1\n  \"bad\\e[31mkey\": 1"), "group.\"bad\\u001B[31mkey\"",
        "unknown key `bad\\u001B[31mkey`");
    assertFalse(p.toString().contains("\u001b"));
    String longName = "x".repeat(500);
    Problem q = refusedAt(base("size: 20", "size: \"" + longName + "\""), "group.size", "...");
    assertTrue(q.message().length() < 200, q.message());
  }
}
