package org.tourplan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one folder mechanism: layout, refusals, the swap, its recovery after a kill, and the loser of a race. */
class OutputFolderTest {
  /** No process has this id (Linux allows at most 2^22), so its leftovers count as a dead run's. */
  static final long DEAD = 999_999_999L;

  @TempDir
  Path tmp;

  static OutputFolder.Content file(String name, String text) {
    return dir -> Files.writeString(dir.resolve(name), text);
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachCommandAndQuestionHasAFolderOfItsOwn() {
    Path out = tmp.resolve("reports");
    String name = "Beijing EV factory tour, July 2025";
    Path scenario = out.toAbsolutePath().resolve("beijing-ev-factory-tour-july-2025");
    assertEquals(scenario.resolve("report"), OutputFolder.report(out, name).path());
    assertEquals(scenario.resolve("plan"), OutputFolder.plan(out, name).path());
    assertEquals(scenario.resolve("sweep-group-size-shuttles-vehicles"),
        OutputFolder.sweep(out, name, List.of("group.size", "shuttles.vehicles")).path());
    assertEquals(scenario.resolve("sweep-zones-hall-b-capacity"),
        OutputFolder.sweep(out, name, List.of("zones.hall.b.capacity")).path());
    assertEquals(scenario.resolve("compare-pooled-shuttles-minimal"), OutputFolder.compare(out,
        List.of(name, "b", "c"), List.of(Path.of("x/a.yaml"), Path.of("pooled-shuttles.yaml"),
            Path.of("y/minimal.yml"))).path());
    // the report of "X sweep" and the sweep of "X" can never meet
    assertNotEquals(OutputFolder.report(out, "X sweep").path().getParent(),
        OutputFolder.sweep(out, "X", List.of("group.size")).path().getParent());
  }

  @Test
  void writesTheMarkerAndReplacesOnlyItsOwnFolder() throws IOException {
    OutputFolder f = OutputFolder.report(tmp, "Tour");
    Path dir = f.write(file("index.html", "one"));
    assertEquals(List.of(OutputFolder.MARKER, "index.html"), names(dir));
    assertEquals("report", OutputFolder.readMarker(dir)[0]);
    assertEquals("Tour", OutputFolder.readMarker(dir)[1]);
    f.write(file("index.html", "two"));
    assertEquals("two", Files.readString(dir.resolve("index.html")));
    assertEquals(List.of("report"), names(dir.getParent()), "no hidden folder left beside it");

    // another scenario whose name has the same slug: refused, untouched
    OutputFolder other = OutputFolder.report(tmp, "tour");
    OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class, () -> other.check(List.of()));
    assertTrue(e.getMessage().contains("holds the report of 'Tour', not of 'tour'"), e.getMessage());
    assertThrows(OutputFolder.Refused.class, () -> other.write(file("index.html", "three")));
    assertEquals("two", Files.readString(dir.resolve("index.html")));
  }

  @Test
  void refusesAForeignFolderAndAnotherCommandsFolder() throws IOException {
    OutputFolder f = OutputFolder.report(tmp, "Tour");
    Files.createDirectories(f.path());
    Files.writeString(f.path().resolve("notes.txt"), "mine");
    OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class, () -> f.check(List.of()));
    assertTrue(e.getMessage().contains("was not written by tourplan"), e.getMessage());
    assertThrows(OutputFolder.Refused.class, () -> f.write(file("index.html", "x")));
    assertEquals(List.of("notes.txt"), names(f.path()));

    Files.writeString(f.path().resolve(OutputFolder.MARKER), "{\"command\":\"plan\",\"question\":\"Tour\"}");
    e = assertThrows(OutputFolder.Refused.class, () -> f.check(List.of()));
    assertTrue(e.getMessage().contains("holds the output of 'tourplan plan', not of 'tourplan report'"),
        e.getMessage());
    assertThrows(OutputFolder.Refused.class, () -> f.write(file("index.html", "x")));
    assertEquals(List.of(OutputFolder.MARKER, "notes.txt"), names(f.path()));
  }

  @Test
  void refusesAFolderHoldingAnInput() throws IOException {
    OutputFolder f = OutputFolder.plan(tmp, "Tour");
    Path dir = f.write(file("recommended.yaml", "name: Tour\n"));
    Path input = dir.resolve("recommended.yaml");
    OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class, () -> f.check(List.of(input)));
    assertTrue(e.getMessage().contains("an input of this run"), e.getMessage());
    // the same file reached through another path (relative, with ..) is the same input
    Path roundabout = dir.resolve("../plan/./recommended.yaml");
    assertThrows(OutputFolder.Refused.class, () -> f.check(List.of(roundabout)));
    assertTrue(Files.exists(input));
  }

  @Test
  void aKillBetweenTheTwoRenamesNeverHidesTheEarlierFolderForGood() throws IOException {
    OutputFolder f = OutputFolder.report(tmp, "Tour");
    Path dir = f.write(file("index.html", "earlier"));
    Path parent = dir.getParent();
    // the state a kill -9 between the renames leaves: the earlier folder aside, the new one complete beside it
    Files.move(dir, parent.resolve(".report.old-" + DEAD + "-a"));
    Path fresh = Files.createDirectory(parent.resolve(".report.new-" + DEAD + "-b"));
    Files.writeString(fresh.resolve(OutputFolder.MARKER), "{\"command\":\"report\",\"question\":\"Tour\"}");
    // and an empty one a kill left just after creating it
    Files.createDirectory(parent.resolve(".report.new-" + DEAD + "-c"));
    f.check(List.of());
    assertEquals(List.of("report"), names(parent), "the earlier folder is back, the dead run's leftovers gone");
    assertEquals("earlier", Files.readString(dir.resolve("index.html")));
  }

  @Test
  void leftoversOfADeadRunAreCleanedAndOthersLeftAlone() throws IOException {
    OutputFolder f = OutputFolder.report(tmp, "Tour");
    Path dir = f.write(file("index.html", "current"));
    Path parent = dir.getParent();
    String marker = "{\"command\":\"report\",\"question\":\"Tour\"}";
    for (String n : List.of(".report.old-" + DEAD + "-a", ".report.new-" + DEAD + "-b")) {
      Files.writeString(Files.createDirectory(parent.resolve(n)).resolve(OutputFolder.MARKER), marker);
    }
    // a live run's folder (this very process), and a folder tourplan did not write: left alone
    long me = ProcessHandle.current().pid();
    Files.writeString(Files.createDirectory(parent.resolve(".report.new-" + me + "-c")).resolve(OutputFolder.MARKER),
        marker);
    Files.writeString(Files.createDirectory(parent.resolve(".report.new-" + DEAD + "-d")).resolve("mine.txt"), "x");
    f.write(file("index.html", "newer"));
    assertEquals(java.util.Set.of(".report.new-" + DEAD + "-d", ".report.new-" + me + "-c", "report"),
        java.util.Set.copyOf(names(parent)));
    assertEquals("newer", Files.readString(dir.resolve("index.html")));
  }

  @Test
  void theLoserOfARaceSaysWhatHappened() throws IOException {
    OutputFolder first = OutputFolder.report(tmp, "Tour");
    Path dir = first.write(file("index.html", "earliest"));
    OutputFolder winner = OutputFolder.report(tmp, "Tour");
    OutputFolder loser = OutputFolder.report(tmp, "Tour");
    // the other run completes its swap in the instant between this run's two renames
    loser.betweenRenames = () -> {
      try {
        winner.write(file("index.html", "winner"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class, () -> loser.write(file("index.html", "loser")));
    assertTrue(e.getMessage().contains("another 'tourplan report' run wrote " + dir), e.getMessage());
    assertTrue(e.getMessage().contains("this run's was discarded"), e.getMessage());
    assertFalse(e.getMessage().contains("unchanged"), e.getMessage());
    assertEquals("winner", Files.readString(dir.resolve("index.html")));
    assertEquals(List.of("report"), names(dir.getParent()), "nothing hidden left behind");
  }

  @Test
  void aFailureLeavesTheEarlierFolderAndNoLeftovers() throws IOException {
    OutputFolder f = OutputFolder.report(tmp, "Tour");
    Path dir = f.write(file("index.html", "earlier"));
    IOException e = assertThrows(IOException.class, () -> f.write(d -> {
      Files.writeString(d.resolve("index.html"), "half");
      throw new IOException("No space left on device");
    }));
    assertEquals("No space left on device", e.getMessage());
    assertEquals("earlier", Files.readString(dir.resolve("index.html")));
    assertEquals(List.of("report"), names(dir.getParent()));
  }

  /** What the JVM does once its shutdown hooks have run: it stops every other thread, wherever it is. */
  private static final class Halted extends Error {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Ctrl-C in the instant after the earlier folder is renamed aside leaves a folder in place: the hook once ran
   * right then, before the folder aside was recorded, deleted the new folder, and the JVM stopped with no folder
   * there. Here the hook runs from another thread as Ctrl-C would; once it has finished, the writing thread stops
   * (the JVM halts); while it waits for the swap, the swap goes on.
   */
  @Test
  void ctrlCInTheSwapsFirstRenameLeavesAFolderInPlace() throws Exception {
    OutputFolder f = OutputFolder.report(tmp, "Tour");
    Path dir = f.write(file("index.html", "earlier"));
    Thread[] hook = new Thread[1];
    f.afterFirstRename = () -> {
      hook[0] = new Thread(f.cleanupForTests::run);
      hook[0].start();
      try {
        hook[0].join(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (!hook[0].isAlive()) {
        throw new Halted(); // every hook has run: the JVM halts this thread here
      }
    };
    try {
      f.write(file("index.html", "newer"));
    } catch (Halted stopped) {
      // the JVM stopped the run in the middle of its swap
    }
    hook[0].join(5000);
    assertFalse(hook[0].isAlive());
    assertTrue(Files.isRegularFile(dir.resolve("index.html")), "a folder in place: " + names(dir.getParent()));
    assertEquals(List.of("report"), names(dir.getParent()), "nothing hidden left behind");
  }
}
