package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tourplan season} on seasons whose limits are breached: the page, its safety chart and the PDF are written
 * (the safety chart of a single breached limit once ended in an internal error), and the terminal names the months
 * that breached and which limits.
 */
class SeasonBreachesTest {
  @TempDir
  Path tmp;

  private Path season(String name, String... replacements) throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-2025-season.yaml"));
    for (int i = 0; i < replacements.length; i += 2) {
      assertTrue(text.contains(replacements[i]), replacements[i]);
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Path f = tmp.resolve(name + ".yaml");
    Files.writeString(f, text);
    return f;
  }

  private CliTest.Run runAndCheckPages(Path file) throws Exception {
    Path out = tmp.resolve("out-" + file.getFileName());
    CliTest.Run r = CliTest.run("season", file.toString(), "--replications", "3", "--threads", "2", "--out",
        out.toString(), "--pdf");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    Path dir = out.resolve("beijing-ev-factory-tour-season-2025").resolve("season");
    for (String f : new String[] {"index.html", "safety.png", "season.json", "report.pdf"}) {
      assertTrue(Files.isRegularFile(dir.resolve(f)) && Files.size(dir.resolve(f)) > 100, f + " written");
    }
    assertTrue(Files.readString(dir.resolve("index.html")).contains("safety.png"), "the page shows the chart");
    return r;
  }

  @Test
  void oneLimitBreachedEveryMonth() throws Exception {
    CliTest.Run r = runAndCheckPages(season("one", "floorVisitors: 40", "floorVisitors: 10"));
    assertTrue(r.out().contains("Months breaching a limit (simulated months breaching it, of 3 each)\n"), r.out());
    for (int m = 1; m <= 12; m++) {
      String month = String.format("2025-%02d", m);
      assertTrue(r.out().contains("  " + month + "  floorVisitors 3\n"), month + "\n"
          + r.out());
    }
  }

  @Test
  void severalLimitsBreached() throws Exception {
    CliTest.Run r = runAndCheckPages(season("several", "floorVisitors: 40", "floorVisitors: 10",
        "maxTourMinutes: 150", "maxTourMinutes: 30"));
    assertTrue(r.out().contains("  2025-01  floorVisitors 3, maxTourMinutes 3\n"),
        r.out());
    assertTrue(r.out().contains("UNSAFE"), r.out());
  }

  @Test
  void limitBreachedInSomePhasesOnly() throws Exception {
    // the weekend's last tour (16:30) ends after 17:30; the first phase's tours start at 10:00 and never do
    CliTest.Run r = runAndCheckPages(season("phases", "closeTime: \"18:30\"", "closeTime: \"17:30\""));
    String out = r.out();
    assertTrue(out.contains("  2025-07  closeTime 3\n"), out);
    assertFalse(out.contains("  2025-01  closeTime"), out);
    assertTrue(out.contains("SAFE     2025-01 to 2025-06: no limit breached"), out);
    long listed = out.lines().filter(l -> l.matches("  2025-\\d\\d  closeTime 3")).count();
    assertEquals(6, listed, "July to December breach, January to June do not:\n" + out);
  }

  @Test
  void theBundledSummerRushBreachesInJulyAndAugustOnly() throws Exception {
    Path out = tmp.resolve("rush");
    CliTest.Run r = CliTest.run("season", "scenarios/beijing-2025-summer-rush.yaml", "--replications", "3",
        "--threads", "2", "--out", out.toString(), "--pdf");
    assertEquals(0, r.code(), r.err());
    Path dir = out.resolve("beijing-ev-factory-tour-summer-rush-2025").resolve("season");
    for (String f : new String[] {"index.html", "safety.png", "season.json", "report.pdf"}) {
      assertTrue(Files.isRegularFile(dir.resolve(f)) && Files.size(dir.resolve(f)) > 100, f + " written");
    }
    assertTrue(Files.readString(dir.resolve("index.html")).contains("months that breached closeTime, the one limit"),
        "the chart of one limit has no legend: its caption names the limit");
    String o = r.out();
    assertTrue(o.contains("UNSAFE   2025-07 to 2025-08: simulated months: closeTime breached"
        + " in 6 of 6\n"), o);
    assertTrue(o.contains("SAFE     2025-01 to 2025-06: no limit breached"), o);
    assertTrue(o.contains("SAFE     2025-09 to 2025-12 (the file's own timetable): no limit breached"), o);
    List<String> listed = o.lines().filter(l -> l.matches("  2025-\\d\\d  .*")).toList();
    assertEquals(List.of("  2025-07  closeTime 3", "  2025-08  closeTime 3"), listed, o);
  }

  @Test
  void aSeasonWithoutBreachesListsNoMonths() throws Exception {
    CliTest.Run r = CliTest.run("season", "scenarios/beijing-2025-season.yaml", "--replications", "3", "--out",
        tmp.resolve("clean").toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("Months breaching a limit"), r.out());
  }
}
