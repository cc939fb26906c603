package org.tourplan.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Ride;
import org.tourplan.tour.TourTimeline.Visit;

/** tours.csv: RFC 4180 quoting, formula injection neutralised, one row per tour. */
class ToursCsvTest {
  @Test
  void quotingFollowsRfc4180() {
    assertEquals("plain", ToursCsv.quote("plain"));
    assertEquals("\"a,b\"", ToursCsv.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", ToursCsv.quote("say \"hi\""));
    assertEquals("\"two\r\nlines\"", ToursCsv.quote("two\r\nlines"));
  }

  @Test
  void textCellsThatASpreadsheetWouldRunAreNeutralised() {
    for (String bad : List.of("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + bad, ToursCsv.text(bad));
    }
    assertEquals("line-1", ToursCsv.text("line-1"));
  }

  @Test
  void oneRowPerTourWithTimesOfItsOwnDay() {
    double day2 = 1440;
    TourTimeline t = new TourTimeline(0, LocalDate.of(2025, 7, 2), day2 + 600, 12, 5, 0, 1, day2 + 600, 1,
        List.of(new Visit("=HYPERLINK(\"x\")", false, day2 + 600, day2 + 600, day2 + 620),
            new Visit("line,1", true, day2 + 625, day2 + 627.5, day2 + 640)),
        List.of(new Ride("a", "b", day2 + 620, day2 + 620, day2 + 622, day2 + 625, List.of()),
            new Ride("b", "a", day2 + 640, day2 + 640, day2 + 642, day2 + 1450, List.of())), day2 + 1450);
    TourTimeline cancelled = new TourTimeline(1, LocalDate.of(2025, 7, 3), 2 * 1440 + 600, 0, 0, 0, 0, Double.NaN,
        0, List.of(), List.of(), Double.NaN);
    String csv = new String(ToursCsv.bytes(List.of("=HYPERLINK(\"x\")", "line,1"), List.of(t, cancelled)),
        StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n", -1);
    assertEquals(4, lines.length, csv); // header, two tours, and the empty string after the last CRLF
    assertEquals("", lines[3]);
    assertTrue(lines[0].startsWith("date,scheduled start,persons,parties,turned away,guides,vehicles,"), lines[0]);
    assertTrue(lines[0].contains("\"'=HYPERLINK(\"\"x\"\") arrive\""), lines[0]);
    assertTrue(lines[0].contains("\"line,1 enter\""), lines[0]);
    assertEquals("2025-07-02,10:00,12,5,0,1,1,10:00,10:00,10:20,10:25,10:27,10:40,00:10 +1d,850.0", lines[1]);
    assertEquals("2025-07-03,10:00,0,0,0,0,,,,,,,,,", lines[2]);
  }
}
