package org.tourplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.format.ScenarioLoader;

/** The expected results that scenarios/README.md documents for each bundled file are what simulate gives. */
class ExamplesTest {
  @Test
  void everyBundledScenarioGivesItsDocumentedResults() throws Exception {
    String readme = Files.readString(Path.of("scenarios/README.md"));
    String table = readme.substring(readme.indexOf("<!-- expected:start -->"), readme.indexOf("<!-- expected:end -->"));
    List<String[]> rows = new ArrayList<>();
    for (String line : table.split("\n")) {
      if (line.startsWith("| ") && line.contains(".yaml")) {
        rows.add(Arrays.stream(line.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
            .toArray(String[]::new));
      }
    }
    java.util.Set<String> files;
    try (var list = Files.list(Path.of("scenarios"))) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .filter(n -> !n.equals("beijing-2025-season.yaml")) // its own table: SeasonExamplesTest
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
    assertEquals(files, rows.stream().map(r -> r[0]).collect(Collectors.toCollection(java.util.TreeSet::new)),
        "one row per bundled scenario");
    for (String[] row : rows) {
      Results r = Runner.simulate(ScenarioLoader.load(Path.of("scenarios", row[0])), 2, null);
      String what = row[0];
      assertEquals(Integer.parseInt(row[1]), r.replications(), what);
      assertEquals(row[2], String.format(Locale.ROOT, "%.1f", r.metric("visitorsPerMonth").summary().mean()), what);
      assertEquals(row[3], String.format(Locale.ROOT, "%.1f", r.metric("placesPerMonth").summary().mean()), what);
      assertEquals(row[4], r.target() == null ? "no target"
          : String.format(Locale.ROOT, "%.0f%%", 100 * r.target().probability()), what);
      String breached = r.breaches().stream().filter(b -> b.monthsBreached() > 0).map(b -> b.rule().name())
          .collect(Collectors.joining(", "));
      assertEquals(row[5], breached.isEmpty() ? "none" : breached, what);
    }
    assertFalse(rows.isEmpty());
  }
}
