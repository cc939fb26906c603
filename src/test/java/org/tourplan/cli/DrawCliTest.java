package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tourplan draw} and {@code draw --verify} on the bundled example: the files, byte-identical for one seed,
 * other winners for another, no id on the page or in the record, a bad file refused with every problem, a draw never
 * replaced by another, and the check's three answers.
 */
class DrawCliTest {
  private static final String SCENARIO = "scenarios/beijing-ev-tour.yaml";
  private static final String APPLICANTS = "examples/applicants-2025-07.csv";
  private static final List<String> FILES = List.of("winners.csv", "waitlist.csv", "points.csv", "draw.json",
      "index.html");

  @TempDir
  Path tmp;

  private Path draw(Path out, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "draw";
    args[1] = SCENARIO;
    args[2] = APPLICANTS;
    args[3] = "--out";
    args[4] = out.toString();
    System.arraycopy(more, 0, args, 5, more.length);
    CliTest.Run r = CliTest.run(args);
    assertEquals(0, r.code(), r.err());
    return out.resolve("beijing-ev-factory-tour-july-2025").resolve("draw-2025-07");
  }

  @Test
  void drawsTheExampleIdenticallyTwiceAndOtherwiseWithAnotherSeed() throws Exception {
    Path a = draw(tmp.resolve("a"));
    Path b = draw(tmp.resolve("b"));
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    assertTrue(Files.exists(a.resolve(".tourplan-output")));
    List<String> winners = Files.readAllLines(a.resolve("winners.csv"));
    assertEquals("id,date,start,persons,rank,asked", winners.get(0));
    assertEquals(427, winners.size(), "426 places: 71 tours x 6");
    assertEquals(26_575, Files.readAllLines(a.resolve("waitlist.csv")).size());
    assertEquals(26_575, Files.readAllLines(a.resolve("points.csv")).size());
    Path c = draw(tmp.resolve("c"), "--seed", "7");
    assertFalse(Files.readString(c.resolve("winners.csv")).equals(Files.readString(a.resolve("winners.csv"))));
    assertTrue(Files.readString(c.resolve("draw.json")).contains("\"seed\" : 7,"));
  }

  @Test
  void noIdReachesThePageOrTheRecord() throws Exception {
    Path d = draw(tmp.resolve("p"), "--pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(d.resolve("report.pdf")
        .toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains("426 of 27,000 applicants won a place"), text.substring(0, 300));
      assertFalse(Pattern.compile("A\\d{7}").matcher(text).find(), "the PDF holds an id");
    }
    Pattern id = Pattern.compile("A\\d{7}");
    for (String f : List.of("index.html", "draw.json")) {
      String text = Files.readString(d.resolve(f));
      assertFalse(id.matcher(text).find(), f + " holds an id");
    }
    assertTrue(id.matcher(Files.readString(d.resolve("winners.csv"))).find(), "the ids are in the CSV files");
    String page = Files.readString(d.resolve("index.html"));
    assertTrue(page.contains("426 of 27,000 applicants won a place"), page);
  }

  @Test
  void aBadFileIsRefusedWithEveryProblemAndNothingIsWritten() throws Exception {
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "id,persons\nA,1\nA,2\nB,5\nC,x\n");
    Path out = tmp.resolve("out");
    CliTest.Run r = CliTest.run("draw", SCENARIO, bad.toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(bad + ", line 3, column 1 (id): found \"A\"; expected each id once"), r.err());
    assertTrue(r.err().contains(bad + ", line 4, column 2 (persons): found \"5\""), r.err());
    assertTrue(r.err().contains(bad + ", line 5, column 2 (persons): found \"x\""), r.err());
    assertTrue(r.err().contains("3 problems in " + bad + "; nothing was drawn."), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aDrawIsNeverReplacedByAnotherButTheSameDrawMayBeMadeAgain() throws Exception {
    Path out = tmp.resolve("r");
    draw(out);
    CliTest.Run again = CliTest.run("draw", SCENARIO, APPLICANTS, "--out", out.toString());
    assertEquals(0, again.code(), again.err());
    CliTest.Run other = CliTest.run("draw", SCENARIO, APPLICANTS, "--out", out.toString(), "--seed", "8");
    assertEquals(2, other.code());
    assertTrue(other.err().contains("a draw is a record: it is never replaced by another draw"), other.err());
  }

  @Test
  void verifySaysYesNoOrCannot() throws Exception {
    Path d = draw(tmp.resolve("v"));
    CliTest.Run yes = CliTest.run("draw", "--verify", d.toString(), SCENARIO, APPLICANTS);
    assertEquals(0, yes.code(), yes.err());
    assertTrue(yes.out().contains("VERIFIED: the 426 winners, waitlist and points are what seed 20250701 gives."),
        yes.out());
    // one winner swapped for a loser: named by file and line
    Path w = d.resolve("winners.csv");
    List<String> lines = Files.readAllLines(w);
    String loser = Files.readAllLines(d.resolve("waitlist.csv")).get(1).split(",")[1];
    lines.set(5, loser + lines.get(5).substring(lines.get(5).indexOf(',')));
    Files.write(w, lines);
    CliTest.Run no = CliTest.run("draw", "--verify", d.toString());
    assertEquals(1, no.code(), no.err());
    assertTrue(no.out().contains("winners.csv    DIFFERS: line 6: published \"" + loser + ","), no.out());
    assertTrue(no.out().contains("NOT VERIFIED"), no.out());
    Path other = tmp.resolve("other.csv");
    Files.writeString(other, Files.readString(Path.of(APPLICANTS)) + "Z9,1,0,\n");
    CliTest.Run cannot = CliTest.run("draw", "--verify", d.toString(), other.toString());
    assertEquals(2, cannot.code());
    assertTrue(cannot.err().contains("expected the very file that was drawn"), cannot.err());
    CliTest.Run none = CliTest.run("draw", "--verify", tmp.toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("draw.json: cannot be read"), none.err());
  }

  @Test
  void aSeasonMonthIsDrawnWithItsPhasesTimetable() throws Exception {
    Path out = tmp.resolve("s");
    CliTest.Run r = CliTest.run("draw", "scenarios/beijing-2025-season.yaml", APPLICANTS, "--month", "2025-03",
        "--out", out.toString());
    // the example asks for July dates: in March they are not dates of the month
    assertEquals(2, r.code());
    assertTrue(r.err().contains("expected dates 2025-03-DD"), r.err());
    Path plain = tmp.resolve("plain.csv");
    Files.writeString(plain, "id,persons\nA,1\nB,2\nC,3\n");
    r = CliTest.run("draw", "scenarios/beijing-2025-season.yaml", plain.toString(), "--month", "2025-03",
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Draw of 2025-03: 3 applicants, 18 places on 3 tours"), r.out());
    CliTest.Run missing = CliTest.run("draw", "scenarios/beijing-2025-season.yaml", plain.toString(), "--month",
        "2026-03", "--out", out.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--month 2026-03: the scenario has no such month"), missing.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, CliTest.run("draw", SCENARIO).code());
    assertEquals(2, CliTest.run("draw", SCENARIO, APPLICANTS, "--month", "July").code());
    assertEquals(2, CliTest.run("draw", "--verify", tmp.toString(), "--seed", "3").code());
  }
}
