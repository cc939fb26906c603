package org.tourplan.report.month;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;

/** The report's lottery section: present with demand (contract 4.2 figures of the month), absent without. */
class LotterySectionTest {

  private static Scenario load(String file) throws Exception {
    return ScenarioLoader.load(Path.of("scenarios", file));
  }

  private static Results run(String file) throws Exception {
    Scenario s = load(file);
    return Runner.simulate(s.withRun(s.seed(), 5), 2, null);
  }

  @Test
  void withDemandTheSectionShowsPlacesPoolWinnersOddsAndDraws() throws Exception {
    Results r = run("beijing-ev-tour.yaml");
    StringBuilder b = new StringBuilder();
    LotterySection.write(b, r);
    String html = b.toString();
    Scenario s = load("beijing-ev-tour.yaml");
    long places = (long) r.demand().scheduledTours() * (s.group().size() + s.group().overbook());
    assertTrue(html.contains("<section id=\"lottery\">"), html);
    assertTrue(html.contains("Places drawn</span> " + String.format("%,d", places)), html);
    assertTrue(html.contains("Applicants</span> 27,000"), html);
    double p = places / 27_000.0; // one month, one cohort: winners = min(places, applicants)
    assertTrue(html.contains(String.format(java.util.Locale.ROOT, "%.1f monthly draws", 1 / p)), html);
  }

  @Test
  void withoutDemandThereIsNoSection() throws Exception {
    StringBuilder b = new StringBuilder();
    LotterySection.write(b, run("minimal.yaml"));
    assertEquals("", b.toString());
  }

  @Test
  void drawsAtOddsIsTheGeometricMean() {
    assertEquals(19.0, LotterySection.drawsAtOdds(1 / 19.0), 1e-9);
    assertEquals(1.0, LotterySection.drawsAtOdds(3.0));
    assertTrue(Double.isNaN(LotterySection.drawsAtOdds(0)));
  }

  @Test
  void planPageOddsUsePlacesDrawnWithOverbookingCappedByApplicants() {
    String[] o = LotterySection.oddsAndDraws(24, 20, 2, new org.tourplan.scenario.Demand(27_000));
    assertEquals("2.0% (1 in 51) (528 places drawn for 27,000 applicants)", o[0]); // 24 x 22 = 528
    assertEquals("51.1 monthly draws for a fan entering every month", o[1]); // 27,000 / 528
    String[] all = LotterySection.oddsAndDraws(100, 20, 0, new org.tourplan.scenario.Demand(500));
    assertEquals("everyone (2,000 places drawn for 500 applicants)", all[0]);
    assertEquals("1.0 monthly draws for a fan entering every month", all[1]);
  }
}
