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
    RecordsException e = assertThrows(RecordsException.class, () -> Records.read(scenario(), c, "checkins.csv", z,
        "zones.csv"));
    List<CsvProblem> all = new java.util.ArrayList<>();
    e.files().forEach(f -> all.addAll(f.problems()));
    return all;
  }

  private static void has(List<CsvProblem> ps, String expected) {
    assertTrue(ps.stream().anyMatch(p -> p.toString().equals(expected)), "no\n  " + expected + "\nin\n  "
        + String.join("\n  ", ps.stream().map(CsvProblem::toString).toList()));
  }

  @Test
  void aMissingOrUnknownColumnIsNamed() throws Exception {
    List<CsvProblem> ps = problems("date,start,party,person,showed\n2025-07-01,14:00,A,2,1\n", null);
    assertEquals(2, ps.size());
    has(ps, "checkins.csv, line 1, column 4: found \"person\"; expected one of the columns "
        + "date,start,party,persons,showed (the first line names the columns; no other column is read, so a file "
        + "with more must have them removed first)");
    has(ps, "checkins.csv, line 1: the first line has no column 'persons'; expected the columns "
        + "date,start,party,persons,showed");
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
    has(ps, "checkins.csv, line 3, column 1 (date): found \"2025-02-30\"; expected a date YYYY-MM-DD such as "
        + "2025-07-01");
    has(ps, "checkins.csv, line 4, column 2 (start): found \"9:00\"; expected a time of day HH:MM from 00:00 to "
        + "23:59 (write \"09:00\")");
    has(ps, "checkins.csv, line 5, column 4 (persons): found \"0\"; expected a whole number from 1 to 1000");
    has(ps, "checkins.csv, line 6, column 5 (showed): found \"yes\"; expected 1 or 0 (or true or false)");
    has(ps, "checkins.csv, line 7, column 3 (party): found nothing; expected a value");
    has(ps, "checkins.csv, line 8, column 5 (showed): found nothing; expected 1 or 0 (or true or false)");
    assertEquals(6, ps.size());
  }

  @Test
  void columnsInAnyOrderAndCaseCrlfQuotesAndAByteOrderMark() throws Exception {
    Path c = file("checkins.csv", "\uFEFFshowed,Persons,party,start,date\r\n"
        + "true,2,\"A, family\",14:00,2025-07-01\r\n\r\n0,3,B,14:00,2025-07-01\r\n");
    Records r = Records.read(scenario(), c, "checkins.csv", null, null);
    assertEquals(2, r.checkins().rows());
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
    has(ps, "zones.csv, line 3, column 3 (zone): found \"line1\"; expected a zone of the scenario (did you mean "
        + "`line-1`?)");
    has(ps, "zones.csv, line 4, column 5 (left): found \"14:52\"; expected a time at or after entered (14:55)");
    has(ps, "zones.csv, line 5, column 4 (entered): found \"15:05:61\"; expected a time of day HH:MM or HH:MM:SS "
        + "from 00:00 to 23:59");
    has(ps, "zones.csv, line 6, column 5 (left): found \"14:02\"; expected a time at or after entered (13:55); "
        + "entered is earlier than the tour's start (14:00), so it was read as the next day");
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
    has(ps, "checkins.csv, line 4: a duplicate row: party \"A\" of the tour 2025-07-01 14:00 is already on line 2; "
        + "expected each party once a tour");
    has(ps, "zones.csv, line 3: a duplicate row: the tour 2025-07-01 14:00 entering `showroom` at the same time is "
        + "already on line 2; expected each visit once");
    assertEquals(2, ps.size(), "party A of another tour is no duplicate");
  }

  @Test
  void zoneTimesOfATourWithoutCheckInsOrWithoutVisitorsAreRefused() throws Exception {
    List<CsvProblem> ps = problems(HEAD + "2025-07-01,14:00,A,2,0\n", ZHEAD
        + "2025-07-01,14:00,showroom,14:00,14:38\n2025-07-02,14:00,showroom,14:00,14:38\n");
    has(ps, "zones.csv, line 2: the tour 2025-07-01 14:00 has zone times, but none of its 1 parties showed in "
        + "checkins.csv; expected a tour with visitors");
    has(ps, "zones.csv, line 3: the tour 2025-07-02 14:00 has zone times but no check-in in checkins.csv; expected "
        + "every tour of the zone records among the check-ins");
  }

  @Test
  void syntaxErrorsEmptyFilesAndMissingFilesAreOneProblemEach() throws Exception {
    List<CsvProblem> quote = problems(HEAD + "2025-07-01,14:00,A,2,1\n2025-07-01,14:00,\"B,2,1\n2025-07-01,14:00,C,2,1\n",
        null);
    assertEquals(1, quote.size());
    assertTrue(quote.get(0).toString().startsWith("checkins.csv, line 5: the file is not valid CSV from here on "
        + "(Missing closing quote for value)"), quote.toString());
    has(problems("", null), "checkins.csv: the file has no rows; expected a first line naming the columns: "
        + "date,start,party,persons,showed");
    has(problems(HEAD, null), "checkins.csv: the file has a first line but no rows; expected one row per invited "
        + "party");
    Files.write(dir.resolve("bad.csv"), (HEAD + "2025-07-01,14:00,\u00ff\u00fe,2,1\n").getBytes(
        StandardCharsets.ISO_8859_1));
    CsvProblems p = new CsvProblems("bad.csv");
    Checkins.read(dir.resolve("bad.csv"), new Tours(), p);
    CsvException e = assertThrows(CsvException.class, p::throwIfAny);
    assertTrue(e.problems().get(0).toString().contains("UTF-8"), e.problems().toString());
    CsvProblems q = new CsvProblems("nothing.csv");
    Checkins.read(dir.resolve("nothing.csv"), new Tours(), q);
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
    RecordsException all = assertThrows(RecordsException.class, () -> Records.read(scenario(), c, "checkins.csv",
        null, null));
    CsvException e = all.files().get(0);
    assertEquals(Records.CAP, e.problems().size());
    assertEquals(5000, e.total());
    assertEquals(2, e.problems().get(0).line());
    assertEquals("... and 4,900 more problems (5,000 in all)", e.skipped());
  }
}
