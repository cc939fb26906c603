package org.tourplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.SeasonRunner;
import org.tourplan.format.ScenarioLoader;

/** What scenarios/README.md documents for the bundled 2025 season is what {@code tourplan season} gives. */
class SeasonExamplesTest {
  @Test
  void theBundledSeasonGivesItsDocumentedResults() throws Exception {
    String readme = Files.readString(Path.of("scenarios/README.md"));
    String table = readme.substring(readme.indexOf("<!-- season:start -->"), readme.indexOf("<!-- season:end -->"));
    List<String[]> rows = new ArrayList<>();
    for (String line : table.split("\n")) {
      if (line.startsWith("| 20")) {
        rows.add(Arrays.stream(line.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
            .toArray(String[]::new));
      }
    }
    SeasonResults s = SeasonRunner.run(ScenarioLoader.load(Path.of("scenarios/beijing-2025-season.yaml")), 2);
    assertEquals(12, rows.size(), "one row per month");
    assertEquals(200, s.replications());
    LotteryResult l = s.lottery();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      SeasonResults.MonthResult m = s.months().get(i);
      LotteryResult.Month lm = l.months().get(i);
      assertEquals(row[0], m.month().month().toString());
      assertEquals(row[1], Integer.toString(m.scheduledTours()), row[0]);
      assertEquals(row[2], String.format(Locale.ROOT, "%.1f",
          m.results().metric("visitorsPerMonth").summary().mean()), row[0]);
      assertEquals(row[3], String.format(Locale.ROOT, "%.1f%%", 100 * m.results().target().probability()), row[0]);
      assertEquals(row[4], String.format(Locale.ROOT, "%.0f", lm.pool().mean()), row[0]);
      assertEquals(row[5], String.format(Locale.ROOT, "%.0f", lm.winners().mean()), row[0]);
    }
    String figures = readme.substring(readme.indexOf("<!-- season-figures -->"),
        readme.indexOf("<!-- /season-figures -->")).replace('\n', ' ');
    String expected = String.format(Locale.ROOT, "%.2f%% of January's new applicants win a place in 2025; winners "
            + "entered %.2f monthly draws on average; %,d applicants are still in the pool at the end.",
        100 * l.firstCohortWinShare().mean(), l.meanDrawsToWin().mean(), Math.round(l.poolAtEnd().mean()));
    assertEquals("<!-- season-figures -->" + expected, figures);
  }
}
