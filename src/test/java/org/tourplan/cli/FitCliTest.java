package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tourplan fit} end to end: the example records, the fit, its refusals and its exit codes. */
class FitCliTest {
  private static final String SCENARIO = "scenarios/beijing-ev-tour.yaml";
  @TempDir
  Path tmp;
  private Path records;

  @BeforeEach
  void example() {
    records = tmp.resolve("records");
    CliTest.Run r = CliTest.run("fit", SCENARIO, "--example", records.toString(), "--months", "1");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Fit them:\n  tourplan fit " + SCENARIO + " \\\n    --checkins "), r.out());
  }

  private CliTest.Run fit(String... more) {
    String[] base = {"fit", SCENARIO, "--checkins", records.resolve("checkins.csv").toString(), "--zones",
        records.resolve("zones.csv").toString(), "--reports", tmp.resolve("reports").toString(), "--bootstrap", "19"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return CliTest.run(all);
  }

  @Test
  void fitsPrintsAndWritesTheFolderAndTheFittedFile() throws Exception {
    Path out = tmp.resolve("fitted.yaml");
    CliTest.Run r = fit("--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("no-shows     0."), r.out());
    assertTrue(r.out().contains("Replaced     group.partySize, group.noShowRate, zones.showroom.dwell"), r.out());
    Path folder = tmp.resolve("reports/beijing-ev-factory-tour-july-2025/fit");
    for (String f : new String[] {"index.html", "fit.json", "fitted.yaml", "hist-0.png", "qq-0.png",
        "tour-sizes.png", ".tourplan-output"}) {
      assertTrue(Files.isRegularFile(folder.resolve(f)), f);
    }
    assertArrayEquals(Files.readAllBytes(folder.resolve("fitted.yaml")), Files.readAllBytes(out));
    assertEquals(0, CliTest.run("validate", out.toString()).code());
    for (String line : r.out().split("\n")) {
      assertFalse(line.contains("\t"), line);
    }
  }

  @Test
  void refusesAnOutThatIsAnInputOrInsideTheFolderOrNotYaml() throws Exception {
    Path copy = tmp.resolve("scenario.yaml");
    Files.copy(Path.of(SCENARIO), copy);
    CliTest.Run input = CliTest.run("fit", copy.toString(), "--checkins", records.resolve("checkins.csv").toString(),
        "--out", copy.toString(), "--reports", tmp.resolve("reports").toString());
    assertEquals(2, input.code());
    assertTrue(input.err().contains("is an input of this run"), input.err());
    assertArrayEquals(Files.readAllBytes(Path.of(SCENARIO)), Files.readAllBytes(copy), "the input is untouched");
    CliTest.Run json = fit("--out", tmp.resolve("fitted.json").toString());
    assertEquals(2, json.code());
    assertTrue(json.err().contains("give a file name ending in .yaml or .yml"), json.err());
    CliTest.Run inside = fit("--out", tmp.resolve("reports/beijing-ev-factory-tour-july-2025/fit/x.yaml")
        .toString());
    assertEquals(2, inside.code());
    assertTrue(inside.err().contains("which this run replaces as a whole"), inside.err());
    CliTest.Run none = CliTest.run("fit", SCENARIO);
    assertEquals(2, none.code());
    assertTrue(none.err().contains("Missing --checkins CSV"), none.err());
  }

  @Test
  void badRecordsGiveEveryErrorWithLineAndColumnAndExit2() throws Exception {
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "date,start,party,persons,showed\n2025-07-01,14:00,a,2,1\n2025-07-01,14:00,b,-1,1\n"
        + "2025-07-01,25:00,c,2,1\n");
    CliTest.Run r = CliTest.run("fit", SCENARIO, "--checkins", bad.toString(), "--reports",
        tmp.resolve("reports").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("bad.csv, line 3, column 4 (persons): found \"-1\"; expected a whole number from 1 "
        + "to 1000"), r.err());
    assertTrue(r.err().contains("bad.csv, line 4, column 2 (start): found \"25:00\""), r.err());
    assertTrue(r.err().contains("2 errors in the records; nothing was fitted."), r.err());
    assertFalse(Files.exists(tmp.resolve("reports/beijing-ev-factory-tour-july-2025/fit")));
  }

  @Test
  void recordsTheScenarioCannotServeGiveAPageButNoFittedFileAndExit1() throws Exception {
    // parties of 14 persons: more than a 13-seat shuttle (and than maxSize): the fitted scenario is not valid
    Path big = tmp.resolve("big.csv");
    Files.writeString(big, "date,start,party,persons,showed\n2025-07-01,14:00,a,14,1\n2025-07-01,14:00,b,2,1\n");
    CliTest.Run r = CliTest.run("fit", SCENARIO, "--checkins", big.toString(), "--reports",
        tmp.resolve("reports").toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("the fitted scenario is not valid"), r.err());
    assertTrue(r.err().contains("fitted.yaml"), r.err());
    Path folder = tmp.resolve("reports/beijing-ev-factory-tour-july-2025/fit");
    assertTrue(Files.isRegularFile(folder.resolve("index.html")));
    assertFalse(Files.exists(folder.resolve("fitted.yaml")));
    assertTrue(Files.readString(folder.resolve("index.html")).contains("NOT valid"));
  }

  @Test
  void theScenarioNameIsEscapedOnThePage() throws Exception {
    Path s = tmp.resolve("hostile.yaml");
    Files.writeString(s, Files.readString(Path.of(SCENARIO)).replace("name: Beijing EV factory tour, July 2025",
        "name: \"<script>alert(1)</script> & tour\""));
    CliTest.Run r = CliTest.run("fit", s.toString(), "--checkins", records.resolve("checkins.csv").toString(),
        "--reports", tmp.resolve("reports").toString(), "--bootstrap", "19");
    assertEquals(0, r.code(), r.err());
    Path page = Files.list(tmp.resolve("reports")).findFirst().orElseThrow().resolve("fit/index.html");
    String html = Files.readString(page);
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; tour"));
  }
}
