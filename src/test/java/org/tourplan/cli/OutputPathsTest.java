package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.cli.CliTest.Run;
import org.tourplan.output.OutputFile;
import org.tourplan.output.OutputFolder;

/** No command's output replaces another's output or an input, and bad output paths stop a run before its work. */
class OutputPathsTest {
  @TempDir
  Path tmp;

  static final String MINIMAL = "scenarios/minimal.yaml";

  Path renamed(String file, String name) throws IOException {
    String text = Files.readString(Path.of(MINIMAL));
    Path f = tmp.resolve(file);
    Files.writeString(f, text.replace("name: Minimal example tour", "name: \"" + name + "\""));
    return f;
  }

  static void refused(Run r, String why) {
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(why), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals("", r.out(), "refused before any work: nothing printed");
  }

  @Test
  void aFolderTourplanDidNotWriteIsNeverReplaced() throws IOException {
    Path out = tmp.resolve("out");
    Path mine = out.resolve("minimal-example-tour/report/notes.txt");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "my notes");
    refused(CliTest.run("report", MINIMAL, "--replications", "2", "--out", out.toString()),
        "was not written by tourplan");
    assertEquals("my notes", Files.readString(mine));
  }

  @Test
  void anotherCommandsFolderIsNeverReplaced() throws IOException {
    Path out = tmp.resolve("out");
    Path dir = out.resolve("minimal-example-tour/report");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(OutputFolder.MARKER), "{\"command\":\"plan\",\"question\":\"Minimal example tour\"}");
    Files.writeString(dir.resolve("plan.json"), "{}");
    refused(CliTest.run("report", MINIMAL, "--replications", "2", "--out", out.toString()),
        "holds the output of 'tourplan plan'");
    assertTrue(Files.exists(dir.resolve("plan.json")));
  }

  @Test
  void anInputInsideTheFolderToReplaceIsRefusedAndKept() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, CliTest.run("report", MINIMAL, "--replications", "2", "--out", out.toString()).code());
    Path input = out.resolve("minimal-example-tour/report/copy.yaml");
    Files.copy(Path.of(MINIMAL), input);
    refused(CliTest.run("report", input.toString(), "--replications", "2", "--out", out.toString()),
        "an input of this run");
    assertTrue(Files.exists(input));
  }

  @Test
  void namesThatShareAFolderNameNeverShareAFolder() throws IOException {
    Path out = tmp.resolve("out");
    String common = "A very long scenario name that goes on and on past sixty characters, variant ";
    Path a = renamed("a.yaml", common + "A");
    Path b = renamed("b.yaml", common + "B");
    Path sweep = renamed("c.yaml", "Minimal example tour sweep");
    for (Path f : List.of(a, b, sweep)) {
      Run r = CliTest.run("report", f.toString(), "--replications", "2", "--out", out.toString());
      assertEquals(0, r.code(), r.err());
    }
    Run s = CliTest.run("sweep", MINIMAL, "--vary", "group.size=8,10", "--replications", "2", "--out",
        out.toString());
    assertEquals(0, s.code(), s.err());
    Path ra = Path.of(CliTest.run("report", a.toString(), "--replications", "2", "--out", out.toString()).out()
        .strip());
    Path rb = Path.of(CliTest.run("report", b.toString(), "--replications", "2", "--out", out.toString()).out()
        .strip());
    assertNotEquals(ra, rb);
    assertTrue(Files.readString(ra).contains("variant A") && Files.readString(rb).contains("variant B"));
    assertTrue(Files.exists(out.resolve("minimal-example-tour-sweep/report/index.html")));
    assertTrue(Files.exists(out.resolve("minimal-example-tour/sweep-group-size/index.html")));
    // a name with the same folder name as another scenario's: refused, not replaced
    Path twin = renamed("d.yaml", "minimal example tour SWEEP");
    refused(CliTest.run("report", twin.toString(), "--replications", "2", "--out", out.toString()),
        "not of 'minimal example tour SWEEP'");
  }

  @Test
  void aResultsFileNeverReplacesAnInputOrAnythingButARegularFile() throws IOException, InterruptedException {
    Path input = tmp.resolve("mine.yaml");
    Files.copy(Path.of(MINIMAL), input);
    byte[] bytes = Files.readAllBytes(input);
    refused(CliTest.run("simulate", input.toString(), "--replications", "2", "--json", input.toString()),
        "is an input of this run");
    assertArrayEquals(bytes, Files.readAllBytes(input));
    Path folder = Files.createDirectory(tmp.resolve("folder"));
    refused(CliTest.run("simulate", MINIMAL, "--replications", "2", "--json", folder.toString()), "is a folder");
    refused(CliTest.run("simulate", MINIMAL, "--replications", "2", "--json", tmp.resolve("dir") + "/"),
        "names a folder");
    assertFalse(Files.exists(tmp.resolve("dir")), "no file named dir");
    Path fifo = tmp.resolve("fifo.json");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo");
    refused(CliTest.run("simulate", MINIMAL, "--replications", "2", "--json", fifo.toString()),
        "is not a regular file");
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still there");
    refused(CliTest.run("compare", MINIMAL, input.toString(), "--replications", "2", "--json", input.toString(),
        "--out", tmp.resolve("out").toString()), "is an input of this run");
    refused(CliTest.run("sweep", MINIMAL, "--vary", "group.size=8,10", "--replications", "2", "--json",
        fifo.toString(), "--out", tmp.resolve("out").toString()), "is not a regular file");
    // a device: checked only (never written, whatever happens), so that no test can ever replace /dev/null
    Path dev = Path.of("/dev/null");
    if (Files.exists(dev)) {
      OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class,
          () -> OutputFile.check("--json", dev.toString(), List.of(), null));
      assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }
  }

  @Test
  void unwritableOrEmptyOutputPathsStopTheRunBeforeItsWork() throws IOException {
    if (Files.isDirectory(Path.of("/proc/self"))) {
      refused(CliTest.run("simulate", MINIMAL, "--replications", "2", "--json", "/proc/x.json"),
          "cannot write /proc/x.json: cannot create a file in /proc: ");
    }
    Run empty = CliTest.run("report", MINIMAL, "--replications", "2", "--out", "");
    assertEquals(2, empty.code());
    assertTrue(empty.err().contains("--out: empty path"), empty.err());
    assertFalse(Files.exists(Path.of("minimal-example-tour")), "nothing written into the current folder");
    // a results file inside a folder a command wrote (and replaces as a whole) is refused
    Path out = tmp.resolve("out");
    assertEquals(0, CliTest.run("report", MINIMAL, "--replications", "2", "--out", out.toString()).code());
    refused(CliTest.run("simulate", MINIMAL, "--replications", "2", "--json",
        out.resolve("minimal-example-tour/report/mine.json").toString()), "written by 'tourplan report'");
  }

  @Test
  void aSymlinkLoopIsNotAMissingFile() throws IOException {
    Path a = tmp.resolve("a.yaml");
    Path b = tmp.resolve("b.yaml");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Run r = CliTest.run("validate", a.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("symbolic link") && r.err().contains("loop"), r.err());
    assertFalse(r.err().contains("file not found"), r.err());
  }

  @Test
  void invisibleFormattingCharactersInANameAreShownNotObeyed() throws IOException {
    Path f = renamed("bidi.yaml", "tour \\u202Eevil\\u202C \\u2028 end");
    Run r = CliTest.run("simulate", f.toString(), "--replications", "2");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("\u202E"), "right-to-left override echoed");
    assertFalse(r.out().contains("\u2028"), "line separator echoed");
    assertTrue(r.out().contains("tour <U+202E>evil<U+202C> <U+2028> end"), r.out());
  }

  @Test
  void aZoneIdWithADotCanBeVaried() throws IOException {
    Path f = tmp.resolve("dotted.yaml");
    Files.writeString(f, Files.readString(Path.of(MINIMAL)).replace("line-1", "hall.b"));
    Run r = CliTest.run("sweep", f.toString(), "--vary", "zones.hall.b.capacity=20,30", "--replications", "2",
        "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("zones.hall.b.capacity=20"), r.out());
    assertTrue(r.out().contains("zones.hall.b.capacity=30"), r.out());
    assertTrue(Files.exists(tmp.resolve("out/minimal-example-tour/sweep-zones-hall-b-capacity/index.html")));
    // the quoted form of the loader's messages is the same key: the same sweep, replaced, not refused
    Run quoted = CliTest.run("sweep", f.toString(), "--vary", "zones.\"hall.b\".capacity=20,40", "--replications",
        "2", "--out", tmp.resolve("out").toString());
    assertEquals(0, quoted.code(), quoted.err());
    assertTrue(quoted.out().contains("zones.hall.b.capacity=40"), quoted.out());
    assertTrue(Files.readString(tmp.resolve("out/minimal-example-tour/sweep-zones-hall-b-capacity/sweep.csv"))
        .contains("zones.hall.b.capacity=40"));
    Run bad = CliTest.run("sweep", f.toString(), "--vary", "zones.hall.c.capacity=20", "--out", tmp.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("the file has no zone 'hall.c'"), bad.err());
  }

  /**
   * The plan's recommended.yaml is named as the recommendation, so reporting it (as the plan page suggests) writes a
   * folder of its own: it once had the file's name and silently replaced the current timetable's report.
   */
  @Test
  void reportingTheRecommendationNeverReplacesTheCurrentReport() throws IOException {
    Path file = tmp.resolve("tour.yaml");
    Files.writeString(file, Files.readString(Path.of(MINIMAL)) + "target:\n  visitorsPerMonth: 200\nplan:\n"
        + "  breachBound: 0.05\n  weekdayTours: [1, 2]\n");
    Path out = tmp.resolve("reports");
    Run current = CliTest.run("report", file.toString(), "--replications", "5", "--out", out.toString());
    assertEquals(0, current.code(), current.err());
    Path currentReport = out.resolve("minimal-example-tour").resolve("report");
    String before = Files.readString(currentReport.resolve("results.json"));
    Run plan = CliTest.run("plan", file.toString(), "--no-progress", "--out", out.toString());
    assertEquals(0, plan.code(), plan.err());
    Path recommended = out.resolve("minimal-example-tour").resolve("plan").resolve("recommended.yaml");
    assertTrue(Files.readString(recommended).contains("name: \"Minimal example tour (recommended)\""));
    Run again = CliTest.run("report", recommended.toString(), "--replications", "5", "--out", out.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("minimal-example-tour-recommended"), again.out());
    assertEquals(before, Files.readString(currentReport.resolve("results.json")), "the current report is kept");
    assertTrue(Files.isRegularFile(out.resolve("minimal-example-tour-recommended").resolve("report")
        .resolve("index.html")));
    // planning the recommendation again names it once, not "(recommended) (recommended)"
    Run replan = CliTest.run("plan", recommended.toString(), "--no-progress", "--out", tmp.resolve("r2").toString());
    assertEquals(0, replan.code(), replan.err());
    assertTrue(Files.readString(tmp.resolve("r2").resolve("minimal-example-tour-recommended").resolve("plan")
        .resolve("recommended.yaml")).contains("name: \"Minimal example tour (recommended)\"\n"));
  }

  /**
   * A results file on the way to the folder the same run writes is refused before the work: season --out D --json
   * D/<slug> passed the check, simulated, then stopped with exit 2 (the file stood where the folder had to go).
   */
  @Test
  void aResultsFileWhereTheRunsFolderMustGoIsRefusedBeforeTheWork() throws IOException {
    Path out = tmp.resolve("d");
    String slug = "d/beijing-ev-factory-tour-season-2025";
    for (String json : List.of(slug, slug + "/season")) {
      Run r = CliTest.run("season", "scenarios/beijing-2025-season.yaml", "--replications", "2", "--out",
          out.toString(), "--json", tmp.resolve(json).toString());
      refused(r, "is where this run writes its folder");
      assertFalse(Files.exists(tmp.resolve(json)), json);
    }
  }
}
