package org.tourplan.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.csv.CsvException;
import org.tourplan.csv.CsvProblem;

/** The applicant file: what is read, and every problem named with line, column, value and what was expected. */
class ApplicantFileTest {
  /** July 2025 with tours on the 5th (Sat), 6th (Sun) and 7th (Mon); parties of up to 3, tours of 20 persons. */
  private static final Places JULY;

  static {
    YearMonth m = YearMonth.of(2025, 7);
    List<Places.Tour> tours = new ArrayList<>();
    for (int d = 5; d <= 7; d++) {
      tours.add(new Places.Tour(m.atDay(d), LocalTime.of(10, 0)));
    }
    JULY = new Places(m, tours, 6, 20, 3, 2, 13, Rule.POINTS);
  }

  private static Applicants read(String text) throws CsvException {
    return ApplicantFile.read("a.csv", text.getBytes(StandardCharsets.UTF_8), JULY);
  }

  private static List<String> problems(String text) {
    CsvException e = assertThrows(CsvException.class, () -> read(text));
    return e.problems().stream().map(CsvProblem::toString).toList();
  }

  @Test
  void readsIdsPartiesPointsAndDaysInAnyColumnOrder() throws CsvException {
    Applicants a = read("\uFEFFPersons,ID,preferred,points\r\n3, A-1 ,SAT,2\n1,\"B, the second\",\"2025-07-07; sunday\",\n"
        + "\n2,C,,0\n,,,\n");
    assertArrayEquals(new String[] {"A-1", "B, the second", "C"}, a.ids());
    assertArrayEquals(new int[] {3, 1, 2}, a.persons());
    assertArrayEquals(new int[] {2, 0, 0}, a.points());
    assertArrayEquals(new int[] {1 << 4, 1 << 6 | 1 << 5, 0}, a.preferred());
    assertTrue(a.hasPoints() && a.hasPreferred());
    assertEquals(64, a.sha256().length());
    Applicants bare = read("id,persons\nx,1\n");
    assertArrayEquals(new int[] {0}, bare.points());
    assertTrue(!bare.hasPoints() && !bare.hasPreferred());
  }

  @Test
  void everyProblemIsNamedAtOnceWithLineColumnValueAndWhatWasExpected() {
    List<String> p = problems("""
        id,persons,points,preferred
        A1,2,0,
        A2,4,0,
        A1,1,0,
        ,1,0,
        A3,two,0,
        A4,1,-1,
        A5,1,0,2025-08-01
        A6,1,0,2025-07-08 TUE FRIDAYS
        =SUM(A1),1,0,
        A7,1,0,,extra
        """);
    assertEquals(List.of(
        "a.csv, line 3, column 2 (persons): found \"4\"; expected a whole number of persons from 1 to 3 (a place "
            + "admits parties of up to 3 persons, a tour at most 20, a vehicle 13; a party is never split)",
        "a.csv, line 4, column 1 (id): found \"A1\"; expected each id once: it is on line 2 too (one application "
            + "per applicant)",
        "a.csv, line 5, column 1 (id): found nothing; expected an id of 1 to 200 characters",
        "a.csv, line 6, column 2 (persons): found \"two\"; expected a whole number of persons from 1 to 3 (a place "
            + "admits parties of up to 3 persons, a tour at most 20, a vehicle 13; a party is never split)",
        "a.csv, line 7, column 3 (points): found \"-1\"; expected a whole number of points (earlier losses) from 0 "
            + "to 1000000, or nothing for 0",
        "a.csv, line 8, column 4 (preferred): found \"2025-08-01\"; expected dates 2025-07-DD of days with a "
            + "tour, or days of the week (MON to SUN) that have one, separated by spaces, commas or semicolons; not "
            + "2025-08-01",
        "a.csv, line 9, column 4 (preferred): found \"2025-07-08 TUE FRIDAYS\"; expected dates 2025-07-DD of days "
            + "with a tour, or days of the week (MON to SUN) that have one, separated by spaces, commas or "
            + "semicolons; not 2025-07-08 (no tour that day), TUE (no tour that day), FRIDAYS",
        "a.csv, line 10, column 1 (id): found \"=SUM(A1)\"; expected an id that does not start with = + - or @ (a "
            + "spreadsheet opening winners.csv would run it as a formula)",
        "a.csv, line 11: found 5 values, but the first line names 4 columns (id,persons,points,preferred); "
            + "expected at most 4 (a value with a comma needs double quotes)"), p);
  }

  @Test
  void theHeaderMustNameTheColumns() {
    assertEquals(List.of("a.csv, line 1, column 3: found \"name\"; expected one of the columns "
        + "id,persons[,points][,preferred] (the first line names the columns; no other column is read, so a file "
        + "with more must have them removed first)"), problems("id,persons,name\nA,1,Li Wei\n"));
    assertEquals(List.of("a.csv, line 1: the first line has no column 'persons'; expected the columns "
        + "id,persons[,points][,preferred]"), problems("id,points\nA,1\n"));
    assertEquals(List.of("a.csv, line 1, column 3: found \"ID\"; expected each column once (it is column 1 too)"),
        problems("id,persons,ID\n"));
    assertEquals(List.of("a.csv: the file has no rows; expected a first line naming the columns: "
        + "id,persons[,points][,preferred]"), problems("\n\n"));
  }

  @Test
  void brokenCsvStopsTheReadingWithItsLine() {
    List<String> p = problems("id,persons\nA,1\n\"B\"x,2\nC,1\n");
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("a.csv, line 3: the file is not valid CSV from here on ("), p.get(0));
    assertTrue(!p.get(0).contains("C,1"), "the message never quotes the file");
    List<String> utf = problems("id,persons\nA\u0000,1\n");
    assertTrue(utf.get(0).contains("control characters"), utf.toString());
  }

  @Test
  void aMillionBadRowsAreCountedAndTheFirstFiftyShown() {
    StringBuilder b = new StringBuilder("id,persons\n");
    for (int i = 0; i < 1_000; i++) {
      b.append("P").append(i).append(",9\n");
    }
    CsvException e = assertThrows(CsvException.class, () -> read(b.toString()));
    assertEquals(1_000, e.total());
    assertEquals(50, e.problems().size());
    assertEquals("... and 950 more problems (1,000 in all)", e.skipped());
  }
}
