package org.tourplan.report.month;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.safety.SafetyAnalysis;
import org.tourplan.safety.SafetyReport;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;

/** The report folder: the page parses, shows every chart and the verdicts, escapes, and is written all or nothing. */
class ReportWriterTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  /** The default's charts (nobody waits in it: its waits section is a sentence, tested on its own). */
  static final List<String> CHARTS = List.of("chart-visitors", "chart-calendar", "chart-gantt", "chart-occupancy",
      "chart-utilisation");

  @TempDir
  static Path shared;
  static Path index;
  static Document page;
  static Scenario scenario;
  static SafetyReport safety;
  static Results results;

  @TempDir
  Path tmp;

  /** One report of the default scenario (20 months) shared by the read-only tests. */
  @BeforeAll
  static void writeDefaultReport() throws Exception {
    scenario = load(Path.of("scenarios/beijing-ev-tour.yaml"), 20);
    results = Runner.simulate(scenario, 2, null);
    safety = SafetyAnalysis.analyse(scenario, results);
    index = new ReportWriter().write(scenario, results, safety, shared.resolve("reports"));
    page = Jsoup.parse(index.toFile(), "UTF-8");
  }

  static Scenario load(Path file, int replications) throws Exception {
    Scenario s = ScenarioLoader.load(file);
    return s.withRun(s.seed(), replications);
  }

  static Path report(Scenario s, Path out) throws IOException {
    Results r = Runner.simulate(s, 2, null);
    return new ReportWriter().write(s, r, SafetyAnalysis.analyse(s, r), out);
  }

  @Test
  void theFolderIsTheSlugOfTheNameAndHoldsEveryFile() {
    assertEquals(shared.resolve("reports/beijing-ev-factory-tour-july-2025/report/index.html"), index);
    for (String f : List.of("index.html", "results.json", "tours.csv", "visitors.png", "calendar.png",
        "gantt.png", "occupancy.png", "utilisation.png")) {
      assertTrue(Files.isRegularFile(index.resolveSibling(f)), f);
    }
  }

  @Test
  void theHeadlineAnswersTargetSafetyAndBottleneck() {
    String target = page.getElementById("answer-target").text();
    // the July timetable reaches 1,100 on average, not in 95% of months
    assertTrue(target.contains("No") && target.contains("1,100 visitors a month in only"), target);
    assertTrue(target.contains("95% CI"), target);
    String safe = page.getElementById("answer-safety").text();
    assertTrue(safe.contains("SAFE") && safe.contains("20 simulated months"), safe);
    assertFalse(page.getElementById("answer-bottleneck").text().isBlank());
    assertTrue(page.getElementById("headline").text().contains("1 in 63 applicants wins a place"),
        page.getElementById("headline").text());
    assertTrue(page.getElementById("headline").text().contains("Turned away 0 persons a month on average"),
        page.getElementById("headline").text());
    assertEquals("Beijing EV factory tour, July 2025", page.getElementById("scenario-name").text());
  }

  @Test
  void everyChartIsAnImageBesideThePageOfItsStatedSize() throws IOException {
    for (String id : CHARTS) {
      Element section = page.getElementById(id);
      assertTrue(section != null, id);
      Element img = section.selectFirst("img");
      assertTrue(img != null, id);
      assertFalse(img.attr("alt").isBlank(), id);
      Path file = index.resolveSibling(img.attr("src"));
      assertEquals(index.getParent(), file.normalize().getParent(), "chart beside the page: " + id);
      byte[] bytes = Files.readAllBytes(file);
      assertArrayEquals(PNG, java.util.Arrays.copyOf(bytes, 8), "PNG signature of " + file);
      assertEquals("IHDR", new String(bytes, 12, 4, StandardCharsets.US_ASCII));
      ByteBuffer b = ByteBuffer.wrap(bytes);
      assertEquals(Integer.parseInt(img.attr("width")), b.getInt(16), "width of " + file);
      assertEquals(Integer.parseInt(img.attr("height")), b.getInt(20), "height of " + file);
    }
  }

  @Test
  void theVerdictTableHasOneRowPerLimit() {
    Element table = page.getElementById("verdicts");
    List<Element> rows = table.select("tbody > tr");
    assertEquals(safety.limits().size(), rows.size());
    assertEquals(8, rows.size()); // the seven safety limits and turnedAway
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(safety.limits().get(i).limit(), rows.get(i).attr("data-limit"));
      assertEquals("SAFE", rows.get(i).selectFirst(".badge").text());
    }
    assertTrue(page.getElementById("inputs-table").text().contains("14:00"));
    assertEquals(4, page.getElementById("zones-table").select("tbody > tr").size());
  }

  @Test
  void theSummaryGivesTheCostAMonthAndPerVisitorInTheFilesCurrency() {
    // by hand, July 2025 (23 weekdays, 8 weekend days): staff tours 23 + 48 x 2 = 119 x 1,200 = 142,800; shuttles
    // 31 days x 3 x 350 = 32,550; guide days (23 + 8 x 2) x 2 x 450 = 35,100; 210,450 yuan in all
    String cost = page.getElementById("answer-cost").text();
    assertTrue(cost.contains("210,450 yuan a month"), cost);
    double visitors = Double.parseDouble(cost.replaceAll(".*per visitor \\(([0-9,]+) visitors.*", "$1")
        .replace(",", ""));
    String perVisitor = String.format(java.util.Locale.ROOT, "%,.0f yuan per visitor", 210450 / visitors);
    // the page rounds the mean it divides by; the two agree within a yuan
    assertTrue(cost.contains(perVisitor) || cost.contains(String.format(java.util.Locale.ROOT,
        "%,.0f yuan per visitor", 210450 / visitors - 1)) || cost.contains(String.format(java.util.Locale.ROOT,
        "%,.0f yuan per visitor", 210450 / visitors + 1)), cost);
    assertTrue(cost.contains("weekend staff at 2x"), cost);
    // the summary comes first: target, safety, cost before the lottery and the limits
    List<String> ids = page.select("#headline > .answer").eachAttr("id");
    assertEquals(List.of("answer-target", "answer-safety", "answer-cost", "answer-bottleneck"), ids);
  }

  @Test
  void aFileWithoutPlanCostsHasNoCostOnItsPage() throws Exception {
    Path idx = report(load(Path.of("scenarios/minimal.yaml"), 3), tmp);
    Document d = Jsoup.parse(idx.toFile(), "UTF-8");
    assertTrue(d.getElementById("answer-cost") == null, d.getElementById("headline").text());
  }

  @Test
  void theUnsafeAnswerSaysWhatHappenedNotWhichRuleWasBroken() throws Exception {
    Path idx = report(load(Path.of("scenarios/breaks-limits.yaml"), 5), tmp);
    String answer = Jsoup.parse(idx.toFile(), "UTF-8").getElementById("answer-safety").text();
    assertTrue(answer.startsWith("Is it safe? UNSAFE — in every one of the 5 simulated months, up to "), answer);
    assertTrue(answer.contains("persons stood on the production floor at once (allowed: 80 persons)"), answer);
    assertTrue(answer.contains("tours ran past closing time (18:00), up to "), answer);
    assertTrue(answer.contains("groups were still inside a zone when its blackout started"), answer);
    assertFalse(answer.contains("Every tour ended by closing time"), answer);
    assertFalse(answer.contains("limits were breached"), answer);
  }

  @Test
  void theFloorChartIsScaledToTheDayWithLimitsFarAboveNamedNotDrawn() {
    ReportModel m = ReportModel.of(scenario, results, safety);
    org.jfree.chart.JFreeChart c = DayCharts.occupancy(scenario, m.floorMonth().tours(), m.floorDay());
    List<org.jfree.chart.plot.XYPlot> panels = ((org.jfree.chart.plot.CombinedDomainXYPlot) c.getPlot())
        .getSubplots();
    assertEquals(1 + DayCharts.floorZones(scenario).size(), panels.size());
    for (org.jfree.chart.plot.XYPlot p : panels) {
      double peak = 0;
      for (int i = 0; i < p.getDataset().getItemCount(0); i++) {
        peak = Math.max(peak, p.getDataset().getYValue(0, i));
      }
      double top = p.getRangeAxis().getUpperBound();
      // the day's data fills at least a quarter of its panel (the default's peak is 18, its evacuation limits 245+)
      assertTrue(peak >= top / 4 || top <= 10 * 1.22 * DayCharts.SCALE_ROOM, "peak " + peak + " on a scale to " + top);
      String heading = ((org.jfree.chart.title.TextTitle) ((org.jfree.chart.annotations.XYTitleAnnotation)
          p.getAnnotations().get(0)).getTitle()).getText();
      java.util.Collection<?> lines = p.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
      int drawn = lines == null ? 0 : lines.size();
      if (heading.startsWith("On the floor at")) {
        // each zone has an evacuation limit and a capacity: each is a line within the scale or named as off it
        int named = heading.contains("evacuation limit") ? 1 : 0;
        named += heading.contains("capacity inside") ? 1 : 0;
        assertEquals(2, drawn + named, heading);
        if (named > 0) {
          assertTrue(heading.contains("off the scale"), heading);
        }
      } else {
        assertEquals(1, drawn, "the whole floor's limit (40) is near its peak: drawn as a line");
      }
      if (lines != null) {
        for (Object o : lines) {
          assertTrue(((org.jfree.chart.plot.ValueMarker) o).getValue() <= top, "a drawn line is on the scale");
        }
      }
    }
  }

  @Test
  void theSafetyAnswerCountsSafetyLimitsApartFromTheTurnedAwayLimit() {
    // turnedAway is a service limit: the safe answer must not call it one of eight safety limits
    String answer = page.getElementById("answer-safety").text();
    assertTrue(answer.contains("SAFE — none of the 7 safety limits was breached and nobody was turned away in any "
        + "of the 20 simulated months."), answer);
  }

  @Test
  void thePageIsSelfContained() {
    assertTrue(page.select("script, link, iframe, object, embed").isEmpty());
    for (Element e : page.select("[src], [href]")) {
      String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertTrue(ref.matches("[a-z]+\\.(png|csv|json)"), "local file beside the page: " + ref);
    }
  }

  @Test
  void resultsFileAndToursCsvCoverTheRepresentativeMonth() throws IOException {
    JsonNode root = new ObjectMapper().readTree(index.resolveSibling("results.json").toFile());
    assertEquals(20, root.get("replications").asInt());
    List<String> lines = Files.readAllLines(index.resolveSibling("tours.csv"));
    assertEquals(safety.representative().tours().size() + 1, lines.size());
    assertEquals(71 + 1, lines.size()); // July 2025: 23 weekday tours + 8 weekend days x 6
    assertTrue(lines.get(0).contains("line-1 enter"), lines.get(0));
  }

  @Test
  void hostileNamesAndZoneIdsAreShownAsText() throws Exception {
    String yaml = Files.readString(Path.of("scenarios/minimal.yaml"))
        .replaceFirst("(?m)^name: .*$", "name: \"<script>alert(1)</script>\"")
        .replace("line-1", "'=<b>x</b>\" onload=\"alert(2)'")
        + "limits:\n  floorVisitors: 5\n  blackouts:\n    - { zones: ['=<b>x</b>\" onload=\"alert(2)'], "
        + "from: \"10:20\", to: \"10:40\" }\n";
    Path f = tmp.resolve("hostile.yaml");
    Files.writeString(f, yaml);
    Path idx = report(load(f, 3), tmp.resolve("out"));
    assertEquals(tmp.resolve("out/script-alert-1-script/report/index.html"), idx);
    String html = Files.readString(idx);
    assertFalse(html.contains("<script"), "raw script tag");
    assertFalse(html.contains("<b>"), "raw b tag");
    assertFalse(html.contains("\" onload=\""), "attribute break-out");
    Document d = Jsoup.parse(html);
    assertTrue(d.select("script, b, [onload]").isEmpty());
    assertEquals("<script>alert(1)</script>", d.getElementById("scenario-name").text());
    assertTrue(d.title().contains("<script>alert(1)</script>"));
    assertTrue(d.getElementById("zones-table").text().contains("=<b>x</b>\" onload=\"alert(2)"));
    // the floor limit is breached, so its explanation (built from the zone id) is on the page, as text
    assertTrue(d.getElementById("verdicts").text().contains("<b>x</b>"), d.getElementById("verdicts").text());
    String csvHeader = Files.readAllLines(idx.resolveSibling("tours.csv")).get(0);
    assertTrue(csvHeader.contains("\"'=<b>x</b>\"\" onload=\"\"alert(2) arrive\""), csvHeader);
  }

  @Test
  void aFailedRunLeavesTheEarlierReportByteIdentical() throws Exception {
    Scenario s = load(Path.of("scenarios/minimal.yaml"), 3);
    Path out = tmp.resolve("reports");
    Path idx = report(s, out);
    Map<String, byte[]> before = snapshot(out);
    Results r = Runner.simulate(s.withRun(99, 4), 2, null);
    SafetyReport sr = SafetyAnalysis.analyse(s, r);
    AtomicInteger charts = new AtomicInteger();
    ReportWriter failing = new ReportWriter((o, chart, w, h) -> {
      if (charts.incrementAndGet() == 3) {
        o.write(PNG); // half a file, then the disk fills up
        throw new IOException("No space left on device");
      }
      org.jfree.chart.ChartUtils.writeChartAsPNG(o, chart, w, h);
    });
    IOException e = assertThrows(IOException.class, () -> failing.write(s, r, sr, out));
    assertEquals("No space left on device", e.getMessage());
    Map<String, byte[]> after = snapshot(out);
    assertEquals(before.keySet(), after.keySet(), "no file added or removed, no temporary folder left");
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));

    // a chart that cannot be drawn at all fails the same way
    ReportWriter broken = new ReportWriter((o, chart, w, h) -> {
      throw new IllegalStateException("no fonts");
    });
    assertThrows(IllegalStateException.class, () -> broken.write(s, r, sr, out));
    Map<String, byte[]> again = snapshot(out);
    assertEquals(before.keySet(), again.keySet());
    before.forEach((k, v) -> assertArrayEquals(v, again.get(k), k));

    // and a run that succeeds replaces the report completely, leaving nothing else behind
    assertEquals(idx, new ReportWriter().write(s, r, sr, out));
    Map<String, byte[]> replaced = snapshot(out);
    assertEquals(before.keySet(), replaced.keySet());
    assertFalse(java.util.Arrays.equals(before.get("minimal-example-tour/report/results.json"),
        replaced.get("minimal-example-tour/report/results.json")), "new numbers (seed 99)");
  }

  @Test
  void anotherScenarioGetsItsOwnFolderAndBreachesShowOnThePage() throws Exception {
    Path idx = report(load(Path.of("scenarios/breaks-limits.yaml"), 5), tmp);
    Document d = Jsoup.parse(idx.toFile(), "UTF-8");
    assertTrue(d.getElementById("answer-safety").text().contains("UNSAFE"));
    assertTrue(d.getElementById("answer-bottleneck").text().contains("press-shop"),
        d.getElementById("answer-bottleneck").text());
    assertEquals(7, d.select("#verdicts tbody tr.breached").size());
    assertTrue(d.getElementById("verdicts").text().contains("First breach"));
    // groups wait here: the waits chart is drawn, its floor limit named in the legend
    assertTrue(d.getElementById("chart-waits").selectFirst("img") != null);
    assertTrue(Files.isRegularFile(idx.resolveSibling("waits.png")));
  }

  @Test
  void aMonthWithoutWaitsSaysSoInsteadOfDrawingAnEmptyChart() {
    Element waits = page.getElementById("chart-waits");
    assertTrue(waits != null);
    assertTrue(waits.selectFirst("img") == null, waits.html());
    assertTrue(waits.text().contains("No group waited anywhere"), waits.text());
    assertTrue(waits.text().contains("limit of 15 min for a wait on the production floor"), waits.text());
    assertFalse(Files.exists(index.resolveSibling("waits.png")));
  }

  @Test
  void onlyFloorWaitsAreMarkedForTheFloorLimit() throws Exception {
    Scenario s = load(Path.of("scenarios/breaks-limits.yaml"), 2);
    List<Figures.Waits> w = Figures.waits(s, List.of());
    for (Figures.Waits x : w) {
      boolean expected = x.label().startsWith("Entering ")
          ? s.zones().get(x.label().substring("Entering ".length())).floor()
          : x.label().equals("Shuttle pickups") && s.zones().values().stream().anyMatch(z -> z.floor());
      assertEquals(expected, x.floor(), x.label());
    }
    assertTrue(w.stream().anyMatch(Figures.Waits::floor) && w.stream().anyMatch(x -> !x.floor()), w.toString());
  }

  /** Every file under {@code dir} (relative path -> bytes), hidden ones included. */
  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        String key = dir.relativize(p).toString().replace('\\', '/');
        out.put(Files.isDirectory(p) ? key + "/" : key, Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
      }
    }
    return out;
  }
}
