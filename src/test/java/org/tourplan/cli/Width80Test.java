package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's terminal output on the bundled scenarios at 80 columns (what {@code COLUMNS=80}, a pipe or a file
 * gets): no line longer than 80 characters, except one that holds a single path longer than the line, which is
 * never cut (it must stay copyable). The first screen of {@code plan} is the answer.
 */
class Width80Test {
  @TempDir
  static Path tmp;

  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), 80);
    return new Run(code, out.toString(), err.toString());
  }

  static Stream<String> bundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      return files.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().toList().stream();
    }
  }

  /** Lines longer than 80 columns, but for those made long by one word holding the temporary folder's path. */
  static List<String> tooLong(String text) {
    List<String> bad = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (LineWrap.columns(line) <= 80) {
        continue;
      }
      String rest = Stream.of(line.split(" ")).filter(w -> !w.contains(tmp.toString()))
          .reduce((a, b) -> a + " " + b).orElse("");
      if (!line.contains(tmp.toString()) || LineWrap.columns(rest) > 80) {
        bad.add(line);
      }
    }
    return bad;
  }

  static void fits(Run r, String what) {
    List<String> bad = tooLong(r.all());
    assertTrue(bad.isEmpty(), what + ": " + bad.size() + " lines longer than 80 columns:\n" + String.join("\n", bad)
        + "\n---\n" + r.all());
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void validateSimulateCheckAndShuttlesFit80Columns(String file) {
    String out = tmp.resolve("r").toString();
    fits(run("validate", file), "validate " + file);
    fits(run("simulate", file, "--replications", "8", "--threads", "2"), "simulate " + file);
    fits(run("check", file, "--replications", "8", "--threads", "2"), "check " + file);
    fits(run("shuttles", file, "--date", "2025-07-07"), "shuttles " + file);
    fits(run("sweep", file, "--vary", "shuttles.vehicles=3..5", "--vary", "guides.count=1,2", "--replications", "4",
        "--threads", "2", "--out", out), "sweep " + file);
  }

  @Test
  void seasonCompareAndShuttleModesFit80Columns() {
    String out = tmp.resolve("r").toString();
    Run season = run("season", "scenarios/beijing-2025-season.yaml", "--replications", "4", "--threads", "2", "--out",
        out);
    assertEquals(0, season.code(), season.all());
    fits(season, "season");
    Run compare = run("compare", "scenarios/beijing-ev-tour.yaml", "scenarios/pooled-shuttles.yaml",
        "scenarios/beijing-ev-tour-20-parties.yaml", "--replications", "4", "--threads", "2", "--out", out);
    assertEquals(0, compare.code(), compare.all());
    fits(compare, "compare");
    fits(run("shuttles", "scenarios/beijing-ev-tour.yaml", "--compare", "--replications", "2", "--threads", "2"),
        "shuttles --compare");
    fits(run("validate", tmp.resolve("missing.yaml").toString()), "validate of a missing file");
  }

  @Test
  void planFits80ColumnsAndItsFirstScreenIsTheAnswer() {
    Run r = run("plan", "scenarios/beijing-ev-tour.yaml", "--threads", "2", "--out", tmp.resolve("p").toString());
    assertEquals(0, r.code(), r.all());
    fits(r, "plan");
    List<String> screen = r.out().lines().limit(24).toList();
    String first = String.join("\n", screen);
    assertEquals("Beijing EV factory tour, July 2025", screen.get(0));
    assertTrue(screen.get(2).startsWith("RECOMMENDED  "), first);
    for (String row : List.of("  starts      Mon-Fri ", "  changes     ", "  cost        ", "  visitors    ",
        "  target      ", "  verdict     ")) {
      assertTrue(screen.stream().anyMatch(l -> l.startsWith(row)), row + " not on the first screen:\n" + first);
    }
    // the method comes after the answer: no search statistics or test names on the first screen
    assertFalse(first.contains("How this was found") || first.contains("Searched") || first.contains("judged"),
        first);
    assertTrue(r.out().indexOf("How this was found") > r.out().indexOf("CURRENT"), r.out());
    // counted nouns and thousands separators
    assertFalse(r.out().matches("(?s).*\\b1 (months|tours|shuttles|guides|parties|persons)\\b.*"), r.out());
    java.util.regex.Matcher big = java.util.regex.Pattern.compile("(?<![\\w.,/^-])[0-9]{4,}(?![\\w.,:%/-])")
        .matcher(r.out());
    while (big.find()) { // a year may stand alone ("July 2025"); a count of 1,000 or more is grouped
      assertTrue(big.group().matches("(19|20)[0-9]{2}"), big.group() + " without thousands separators:\n" + r.out());
    }
  }
}
