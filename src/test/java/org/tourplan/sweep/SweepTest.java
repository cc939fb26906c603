package org.tourplan.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Work;
import org.tourplan.report.sweep.SweepJson;
import org.tourplan.report.sweep.SweepReportWriter;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;

/** Variants whose values make the file invalid: kept as rows, never simulated, never the best. */
class SweepTest {
  /**
   * A variant is the base file with one key changed, everything else kept: a zone id with NEL or a line separator
   * (the writer quotes and escapes it), planned shuttles with their own planIterations (a variant once planned
   * with 500) and the 12-month season (once dropped) too.
   */
  @Test
  void aVariantKeepsEveryOtherKeyOfTheFile() throws Exception {
    String yaml = Files.readString(Path.of("scenarios/beijing-2025-season.yaml"), StandardCharsets.UTF_8)
        .replace("line-3", "line\u2028three\u0085(NEL)").replace("  mode: dedicated", "  mode: planned\n"
            + "  planIterations: 20");
    Scenario base = ScenarioLoader.parse("season.yaml", yaml.replace("line\u2028three\u0085(NEL)",
        "\"line\\Lthree\\N(NEL)\"").getBytes(StandardCharsets.UTF_8));
    assertTrue(base.zones().containsKey("line\u2028three\u0085(NEL)"), base.zones().keySet().toString());
    List<Variant> grid = Variants.grid(base, List.of(Vary.parse("group.size=5,6")));
    assertTrue(grid.get(0).valid(), grid.get(0).reason());
    Scenario six = grid.get(1).scenario();
    assertEquals(base, six, "group.size=6 is the file's own value: the variant is the file");
    Scenario five = grid.get(0).scenario();
    assertEquals(org.tourplan.scenario.Shuttles.Mode.PLANNED, five.shuttles().mode());
    assertEquals(20, five.shuttles().planIterations());
    assertEquals(12, five.season().months().size());
    assertEquals(base.season(), five.season());
    // the file has no plan section: its default plan.groupSize follows group.size, as a file with size 5 would
    assertEquals(List.of(5), five.plan().groupSize());
    assertEquals(base.toBuilder().group(five.group()).plan(five.plan()).build(), five, "only group.size differs");
  }

  @Test
  void invalidVariantsAreRowsThatAreNeitherSimulatedNorChosen() throws Exception {
    Scenario base = ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour-20-parties.yaml")).withRun(20250701, 8);
    List<Variant> grid = Variants.grid(base, List.of(Vary.parse("group.size=16,24"),
        Vary.parse("shuttles.vehicles=3..5")));
    assertEquals(6, grid.size());
    Variant bad = grid.get(0);
    assertFalse(bad.valid());
    assertNull(bad.scenario());
    assertTrue(bad.reason().startsWith("shuttles.vehicles: found 3, but "), bad.reason());
    assertEquals(List.of(false, true, true, false, false, true), grid.stream().map(Variant::valid).toList());

    List<Integer> sent = new ArrayList<>();
    try (LocalExecutor local = new LocalExecutor(1)) {
      MonthExecutor counting = new MonthExecutor() {
        @Override
        public List<double[][]> runAll(List<Work> work, IntConsumer progress) {
          sent.add(work.size());
          return local.runAll(work, progress);
        }

        @Override
        public long units() {
          return local.units();
        }

        @Override
        public String describe() {
          return "counting";
        }

        @Override
        public void close() {
        }
      };
      Sweep.Result r = Sweep.run(Sweep.Kind.SWEEP, base.name(), List.of("group.size", "shuttles.vehicles"), grid,
          counting, null);
      assertEquals(List.of(3), sent, "only the three valid variants are simulated");
      assertEquals(6, r.rows().size());
      assertEquals(3, r.validRows().size());
      Sweep.Row row = r.rows().get(0);
      assertFalse(row.valid());
      assertFalse(row.good());
      assertEquals(Sweep.NOT_VALID, row.status());
      assertNull(row.safety());
      assertTrue(r.best() >= 0);
      assertTrue(r.rows().get(r.best()).valid(), "the cheapest that works is a valid variant");
      assertEquals("group.size=16, shuttles.vehicles=4", r.firstValid().variant().label());
    }
  }

  @Test
  void aReasonIsEscapedInTheReportAndQuotedInTheCsv(@TempDir Path tmp) throws Exception {
    Scenario base = ScenarioLoader.load(Path.of("scenarios/minimal.yaml")).withRun(3, 4);
    String evil = "zones.x: <script>alert(1)</script> & \"quotes\", =1+1";
    List<Variant> variants = List.of(new Variant("ok", Map.of("group.size", "4"), base),
        Variant.invalid("bad", Map.of("group.size", "5"), List.of(evil)));
    Sweep.Result r;
    try (LocalExecutor local = new LocalExecutor(1)) {
      r = Sweep.run(Sweep.Kind.SWEEP, base.name(), List.of("group.size"), variants, local, null);
    }
    Path index = SweepReportWriter.write(r, tmp);
    String html = Files.readString(index, StandardCharsets.UTF_8);
    assertFalse(html.contains("<script>"), "the reason is escaped");
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script").isEmpty());
    assertEquals("Not simulated: " + evil, page.selectFirst("tr.not-valid td.reason").text());
    String csv = new String(SweepJson.csv(r), StandardCharsets.UTF_8);
    assertTrue(csv.contains(",false,\"zones.x: <script>alert(1)</script> & \"\"quotes\"\", =1+1\"\r\n"), csv);
  }
}
