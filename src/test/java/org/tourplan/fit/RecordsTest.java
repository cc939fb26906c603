package org.tourplan.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.csv.CsvException;
import org.tourplan.csv.CsvProblem;
import org.tourplan.csv.CsvProblems;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.scenario.Scenario;

/** Malformed records: each problem named with file, line, column (number and name), value found and expected. */
class RecordsTest {
  private static final String HEAD = "date,start,party,persons,showed\n";
  private static final String ZHEAD = "date,start,zone,entered,left\n";
  @TempDir
  Path dir;

  private static Scenario scenario() throws Exception {
    return ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml"));
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private List<CsvProblem> problems(String checkins, String zones) throws Exception {
    Path c = file("checkins.csv", checkins);
    Path z = zones == null ? null : file("zones.csv", zones);
    CsvException e = assertThrows(CsvException.class, () -> Records.read(scenario(), c, "checkins.csv", z,
        "zones.csv"));
    return e.problems();
  }

  private static void has(List<CsvProblem> ps, String expected) {
    assertTrue(ps.stream().anyMatch(p -> p.toString().equals(expected)), "no\n  " + expected + "\nin\n  "
        + String.join("\n  ", ps.stream().map(CsvProblem::toString).toList()));
  }

  @Test
  void aMissingColumnIsNamedWithTheHeader() throws Exception {
    List<CsvProblem> ps = problems("date,start,party,person,showed\n2025-07-01,14:00,A,2,1\n", null);
    assertEquals(1, ps.size());
    has(ps, "checkins.csv:1: missing column `persons` (is `person` meant?); the header has date, start, party, "
        + "person, showed, expected the columns date,start,party,persons,showed in any order");
    has(problems("date\n", null), "checkins.csv:1: missing columns `start`, `party`, `persons`, `showed`; the header "
        + "has date, expected the columns date,start,party,persons,showed in any order");
  }

  @Test
  void badValuesNameLineColumnValueAndWhatWasExpected_everyOneAtOnce() throws Exception {
    List<CsvProblem> ps = problems(HEAD
        + "2025-07-01,14:00,A,2,1\n"
        + "2025-02-30,14:00,B,2,1\n"
        + "2025-07-01,9:00,C,2,1\n"
        + "2025-07-01,14:00,D,0,1\n"
        + "2025-07-01,14:00,E,2,yes\n"
        + "2025-07-01,14:00,,2,1\n"
        + "2025-07-01,14:00,F,2\n", null);
    has(ps, "checkins.csv:3: column 1 (date): found \"2025-02-30\", expected a date YYYY-MM-DD such as 2025-07-01");
    has(ps, "checkins.csv:4: column 2 (start): found \"9:00\", expected a time of day HH:MM from 00:00 to 23:59 "
        + "(write \"09:00\")");
    has(ps, "checkins.csv:5: column 4 (persons): found \"0\", expected a whole number from 1 to 1000");
    has(ps, "checkins.csv:6: column 5 (showed): found \"yes\", expected 1 or 0 (or true or false)");
    has(ps, "checkins.csv:7: column 3 (party): empty, expected a value");
    has(ps, "checkins.csv:8: found 4 fields, expected 5 as in the header (a comma inside a value must be quoted: "
        + "\"a,b\")");
    assertEquals(6, ps.size());
  }

  @Test
  void columnsInAnyOrderExtraColumnsIgnoredCrlfQuotesAndAByteOrderMark() throws Exception {
    Path c = file("checkins.csv", "\uFEFFshowed,Persons,party,booked at,start,date\r\n"
        + "true,2,\"A, family\",x,14:00,2025-07-01\r\n\r\n0,3,B,y,14:00,2025-07-01\r\n");
    Records r = Records.read(scenario(), c, "checkins.csv", null, null);
    assertEquals(2, r.checkins().rows());
    assertEquals(List.of("booked at"), r.checkins().ignored());
    assertEquals(2, r.checkins().persons(0));
    assertTrue(r.checkins().showed(0) && !r.checkins().showed(1));
  }

  @Test
  void zoneProblems_unknownZoneWithASuggestionLeftBeforeEnteredBadTime() throws Exception {
    String checkins = HEAD + "2025-07-01,14:00,A,2,1\n";
    List<CsvProblem> ps = problems(checkins, ZHEAD
        + "2025-07-01,14:00,showroom,14:00:00,14:38:00\n"
        + "2025-07-01,14:00,line1,14:42,14:49\n"
        + "2025-07-01,14:00,line-2,14:55,14:52\n"
        + "2025-07-01,14:00,line-3,15:05:61,15:12\n"
        + "2025-07-01,14:00,line-2,13:55,14:02\n");
    has(ps, "zones.csv:3: column 3 (zone): unknown zone \"line1\"; did you mean `line-1`?");
    has(ps, "zones.csv:4: column 5 (left): found \"14:52\", before entered \"14:55\"; expected a time at or after "
        + "entered");
    has(ps, "zones.csv:5: column 4 (entered): found \"15:05:61\", expected a time of day HH:MM or HH:MM:SS from "
        + "00:00 to 23:59");
    has(ps, "zones.csv:6: column 5 (left): found \"14:02\", before entered \"13:55\"; expected a time at or after "
        + "entered");
  }

  @Test
  void timesPastMidnightBelongToTheNextDay() throws Exception {
    Path c = file("checkins.csv", HEAD + "2025-07-01,23:30,A,2,1\n");
    Path z = file("zones.csv", ZHEAD + "2025-07-01,23:30,showroom,23:50,00:20\n");
    Records r = Records.read(scenario(), c, "checkins.csv", z, "zones.csv");
    assertEquals(30 * 60, r.visits().left(0) - r.visits().entered(0));
  }

  @Test
  void duplicateRowsNameTheEarlierLine() throws Exception {
    List<CsvProblem> ps = problems(HEAD + "2025-07-01,14:00,A,2,1\n2025-07-01,14:00,B,2,1\n2025-07-01,14:00,A,3,0\n"
        + "2025-07-02,14:00,A,3,0\n", ZHEAD + "2025-07-01,14:00,showroom,14:00,14:38\n"
        + "2025-07-01,14:00,showroom,14:00,14:38\n");
    has(ps, "checkins.csv:4: duplicate row: party \"A\" of the tour 2025-07-01 14:00 is already on line 2; expected "
        + "each party once a tour");
    has(ps, "zones.csv:3: duplicate row: the tour 2025-07-01 14:00 entering `showroom` at the same time is already "
        + "on line 2; expected each visit once");
    assertEquals(2, ps.size(), "party A of another tour is no duplicate");
  }

  @Test
  void zoneTimesOfATourWithoutCheckInsOrWithoutVisitorsAreRefused() throws Exception {
    List<CsvProblem> ps = problems(HEAD + "2025-07-01,14:00,A,2,0\n", ZHEAD
        + "2025-07-01,14:00,showroom,14:00,14:38\n2025-07-02,14:00,showroom,14:00,14:38\n");
    has(ps, "zones.csv:2: the tour 2025-07-01 14:00 has zone times, but none of its 1 parties showed in "
        + "checkins.csv; expected a tour with visitors");
    has(ps, "zones.csv:3: the tour 2025-07-02 14:00 has zone times but no check-in in checkins.csv; expected every "
        + "tour of the zone records among the check-ins");
  }

  @Test
  void syntaxErrorsEmptyFilesAndMissingFilesAreOneProblemEach() throws Exception {
    has(problems(HEAD + "2025-07-01,14:00,A,2,1\n2025-07-01,14:00,\"B,2,1\n2025-07-01,14:00,C,2,1\n", null),
        "checkins.csv:3: CSV syntax: Missing closing quote for value (the row that starts here runs on to line 5: a "
            + "quote opened in it is not closed)");
    has(problems("", null), "checkins.csv: the file is empty; expected a header line naming the columns "
        + "date,start,party,persons,showed");
    has(problems(HEAD, null), "checkins.csv: the file has a header but no rows; expected one row per invited party");
    Files.write(dir.resolve("bad.csv"), (HEAD + "2025-07-01,14:00,\u00ff\u00fe,2,1\n").getBytes(
        StandardCharsets.ISO_8859_1));
    CsvProblems p = new CsvProblems();
    Checkins.read(dir.resolve("bad.csv"), "bad.csv", new Tours(), p);
    CsvException e = assertThrows(CsvException.class, p::throwIfAny);
    assertTrue(e.problems().stream().anyMatch(x -> x.message().startsWith("not UTF-8 text")), e.problems().toString());
    CsvProblems q = new CsvProblems();
    Checkins.read(dir.resolve("nothing.csv"), "nothing.csv", new Tours(), q);
    assertEquals("nothing.csv: file not found", assertThrows(CsvException.class, q::throwIfAny).problems().get(0)
        .toString());
  }

  @Test
  void aMillionBadRowsKeepAHundredMessagesAndCountTheRest() throws Exception {
    StringBuilder b = new StringBuilder(HEAD);
    for (int i = 0; i < 5000; i++) {
      b.append("2025-07-01,14:00,P").append(i).append(",0,1\n");
    }
    Path c = file("checkins.csv", b.toString());
    CsvException e = assertThrows(CsvException.class, () -> Records.read(scenario(), c, "checkins.csv", null, null));
    assertEquals(CsvProblems.CAP, e.problems().size());
    assertEquals(5000, e.total());
    assertEquals(2, e.problems().get(0).line());
  }
}
