package org.tourplan.report.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.Planner;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.report.ChartStyle;
import org.tourplan.testing.Slow;

/**
 * The plan folder of the default scenario, written as {@code tourplan plan} writes it (the full reports of the
 * recommended and current timetable rest on 20 months here, to keep the test quick).
 */
@Slow
class PlanReportTest {
  /** The first bytes of every PNG file. */
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  static Path shared;
  static PlanResult plan;
  static Path index;
  static Document page;

  @TempDir
  Path tmp;

  @BeforeAll
  static void writeDefaultPlan() throws Exception {
    plan = Planner.plan(ScenarioLoader.load(Path.of("scenarios/beijing-ev-tour.yaml")), 2, null);
    index = write(plan, shared.resolve("plans"));
    page = Jsoup.parse(index.toFile(), "UTF-8");
  }

  /** Writes the plan folder the way PlanCommand does, with 20-month full reports. */
  static Path write(PlanResult p, Path out) throws Exception {
    Assessment current = Assessment.of(p.base().withRun(p.base().seed(), 20), 2);
    Assessment chosen = p.scenario() == null ? null
        : Assessment.of(p.scenario().withRun(p.scenario().seed(), 20), 2);
    return new PlanReportWriter().write(p, chosen, current, out);
  }

  @Test
  void theFourChartsArePngsOfTheStatedSize() throws Exception {
    checkCharts(page, index);
  }

  static void checkCharts(Document d, Path idx) throws Exception {
    Elements imgs = d.select("section.chart img");
    assertEquals(List.of("frontier.png", "volume.png", "week.png", "heatmap.png"), imgs.eachAttr("src"));
    for (Element img : imgs) {
      assertFalse(img.attr("alt").isBlank());
      Element section = img.closest("section");
      assertFalse(section.selectFirst("h2").text().isBlank());
      assertFalse(section.selectFirst("p.why").text().isBlank());
      assertFalse(section.selectFirst("figcaption").text().isBlank());
      Path file = idx.resolveSibling(img.attr("src"));
      byte[] bytes = Files.readAllBytes(file);
      assertArrayEquals(PNG, java.util.Arrays.copyOf(bytes, 8), "PNG signature of " + file);
      assertEquals("IHDR", new String(bytes, 12, 4, StandardCharsets.US_ASCII));
      ByteBuffer b = ByteBuffer.wrap(bytes);
      assertEquals(Integer.parseInt(img.attr("width")), b.getInt(16), "width of " + file);
      assertEquals(Integer.parseInt(img.attr("height")), b.getInt(20), "height of " + file);
      assertEquals(ChartStyle.WIDTH, b.getInt(16));
    }
  }

  @Test
  void theChartsSayWhatDataTheyShow() {
    String text = page.select("section.chart").text();
    assertTrue(text.contains("Every one of the " + plan.evaluated().size() + " candidates"), text);
    assertTrue(text.contains("All " + plan.volumes().size() + " combinations"), text);
    assertTrue(text.contains("81 minutes"), "the tour length the week's bars stand for: " + text);
    assertTrue(text.contains("the recommendation's group: " + plan.recommended().candidate().groupSize() + " places"),
        "the heat map's group: " + text);
  }

  @Test
  void theHeadlineNamesTheRecommendationAndTheSaving() {
    Element answer = page.selectFirst(".headline .answer.ok");
    assertNotNull(answer);
    assertTrue(answer.text().contains(plan.recommended().candidate().label()), answer.text());
    assertTrue(answer.text().contains(String.format(java.util.Locale.ROOT, "%,.0f yuan a month",
        plan.recommended().cost())), answer.text());
    // what changes against the current timetable: visitors, tours, days with tours, lottery odds and the cost
    List<String> changes = answer.select("ul.changes li").eachText();
    assertEquals(5, changes.size(), changes.toString());
    assertTrue(changes.get(0).startsWith(String.format(java.util.Locale.ROOT, "visitors %,.0f \u2192 %,.0f a month",
        plan.current().visitorsMean(), plan.recommended().visitorsMean())), changes.get(0));
    assertTrue(changes.get(1).startsWith("tours 71 \u2192 " + plan.recommended().tours()), changes.get(1));
    assertTrue(changes.get(2).startsWith("days with tours 31 \u2192 " + plan.recommended().days()), changes.get(2));
    assertTrue(changes.get(3).startsWith("lottery odds 1 in 63 \u2192 1 in "), changes.get(3));
    assertTrue(changes.get(4).contains(String.format(java.util.Locale.ROOT, "saves %,.0f yuan",
        plan.current().cost() - plan.recommended().cost())), changes.get(4));
    // the designed start times, and the safety claim with its estimate, its interval and the months it rests on
    assertTrue(answer.text().contains("Start times: " + plan.recommended().candidate().startsText()), answer.text());
    assertTrue(answer.text().contains("of 3,505 fresh months (replications 20,000 to 23,504) breach a limit"),
        answer.text());
    assertTrue(answer.text().contains("(95% CI 0.00% to 0.11%); ACCEPTED: at most 0.10% with 95% confidence"),
        answer.text());
    assertEquals(plan.tied().isEmpty(), !answer.text().contains("A tie:"), answer.text());
  }

  @Test
  void theFrontierRunsThroughFeasibleCandidatesOnly() {
    org.jfree.chart.plot.XYPlot plot = FrontierChart.chart(plan).getXYPlot();
    org.jfree.data.xy.XYDataset front = plot.getDataset(1);
    assertEquals(FrontierChart.FRONTIER_LABEL, front.getSeriesKey(0));
    assertTrue(front.getItemCount(0) > 0);
    // it starts at the recommendation (the cheapest feasible candidate), never left of it where only unsafe or
    // target-missing candidates lie
    assertEquals(plan.recommended().cost(), front.getXValue(0, 0), 1e-9);
    double last = -1;
    for (int i = 0; i < front.getItemCount(0); i++) {
      double x = front.getXValue(0, i);
      double y = front.getYValue(0, i);
      assertTrue(plan.evaluated().stream().anyMatch(e -> e.feasible() && e.cost() == x
          && Math.abs(100 * e.target().probability() - y) < 1e-9) || plan.current().feasible(), x + ", " + y);
      assertTrue(y > last, "a step up at every point");
      last = y;
    }
    // the main page's planner frontier does pass through candidates that are not feasible: the chart differs
    assertTrue(plan.frontier().stream().anyMatch(e -> !e.feasible()), "the test would not tell the two apart");
  }

  @Test
  void theBoxAgainstTheCurrentTimetableJudgesTargetSafetyAndCostEachInItsOwnWords() {
    List<String> parts = page.select("#against-current li").eachText();
    assertEquals(3, parts.size(), parts.toString());
    assertTrue(parts.get(0).startsWith("Target: misses it: 1,100 visitors a month in "), parts.get(0));
    assertTrue(parts.get(0).endsWith("95% needed)"), parts.get(0));
    // the default's timetable breaches nothing in its 200 months: safety is said, not left out
    assertEquals(plan.current().safety().monthsBreached() == 0
        ? "Safety: SAFE: no limit was breached in any of the 200 months simulated" : "", parts.get(1));
    assertTrue(parts.get(2).startsWith(String.format(java.util.Locale.ROOT, "Cost: %,.0f yuan a month, %,.0f yuan "
        + "per visitor; the recommendation saves ", plan.current().cost(),
        plan.current().cost() / plan.current().target().visitorsMean())), parts.get(2));
    assertFalse(page.text().contains("does not meet both goals"), page.text());
    // the recommendation's cost per visitor too
    assertTrue(page.selectFirst(".headline .answer.ok").text().contains(String.format(java.util.Locale.ROOT,
        "%,.0f yuan per visitor", plan.recommended().cost() / plan.recommended().target().visitorsMean())));
  }

  @Test
  void theComparisonTableHasTheCurrentAndTheRecommendedTimetable() {
    Element table = page.selectFirst("table.kv");
    assertNotNull(table);
    assertEquals(List.of("", "Current (the file's own timetable)", "Recommended"), table.select("thead th").stream()
        .map(Element::text).toList());
    Element timetable = table.select("tbody tr").get(1);
    assertEquals("Start times", timetable.selectFirst("th").text());
    assertEquals("Mon-Fri 14:00; Sat, Sun 09:00, 10:30, 12:00, 13:30, 15:00, 16:30",
        timetable.select("td").get(0).text());
    assertEquals(plan.recommended().candidate().startsText(), timetable.select("td").get(1).text());
    assertTrue(table.text().contains(String.format(java.util.Locale.ROOT, "%,.0f yuan", plan.current().cost()))
        && table.text().contains(String.format(java.util.Locale.ROOT, "%,.0f yuan", plan.recommended().cost())),
        table.text());
    Element away = table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text()
        .equals("Turned away a month")).findFirst().orElseThrow();
    assertEquals(List.of("0 persons (mean)", "0 persons (mean)"), away.select("td").eachText());
  }

  @Test
  void theRejectedCheaperTableExplainsEachRejection() {
    Element heading = page.select("h2").stream().filter(h -> h.text().startsWith("Cheaper options")).findFirst()
        .orElseThrow();
    assertNotNull(heading);
    // the closest few open, the rest one click away in a <details>
    Element closest = page.getElementById("rejected-closest");
    assertNotNull(closest);
    assertEquals(PlanPage.CLOSEST_ROWS, closest.select("tbody tr").size());
    Element more = page.getElementById("rejected-more");
    assertEquals("details", more.tagName());
    Elements rows = page.select("#rejected-closest tbody tr, #rejected-rest tbody tr");
    assertTrue(more.selectFirst("summary").text().startsWith((rows.size() - PlanPage.CLOSEST_ROWS)
        + " more rows of cheaper options"), more.selectFirst("summary").text());
    Element table = new Element("div").appendChildren(rows.clone());
    // candidates differing only in shuttles and guides, rejected for the same reason, share a row
    long groups = plan.rejectedCheaper().stream().map(e -> List.of(e.candidate().weekdayTours(),
        e.candidate().weekendTours(), e.candidate().groupSize(), e.candidate().overbook(), e.status(),
        e.failures()))
        .distinct().count();
    assertEquals(Math.min(200, groups), rows.size());
    assertTrue(rows.size() < plan.rejectedCheaper().size(), "nothing was grouped");
    assertTrue(table.text().contains("2–4 shuttles, 1–3 guides"), table.text());
    for (Element r : rows) {
      String badge = r.selectFirst("td.explain .badge").text();
      // the badge says what it means: never a bare "TARGET" for "misses the target"
      assertTrue(List.of("MISSES TARGET", "CANNOT REACH TARGET", "TOO FEW SHUTTLES OR GUIDES", "UNSAFE",
          "UNDECIDED").contains(badge), badge);
      if (r.text().contains("reaches 1,100 visitors in only")) {
        assertTrue(badge.equals("MISSES TARGET") || badge.equals("CANNOT REACH TARGET"), r.text());
      }
    }
    // closest first: a cheaper timetable misses the target
    assertTrue(rows.first().text().contains("needs 95%"), rows.first().text());
    assertTrue(table.text().contains("cannot reach 1,100 visitors"), table.text());
    // a row lists every check its candidates fail: 7 places miss the target AND turn persons away
    Element both = rows.stream().filter(r -> r.text().contains("2 tours every weekday, 2 every Saturday and Sunday, "
        + "7 places;")).findFirst().orElseThrow(() -> new AssertionError(table.text()));
    assertFalse(table.text().contains("screened on its first months"), "limits of target misses are not simulated");
    String cell = both.selectFirst("td.explain").html();
    assertTrue(cell.contains("target: reaches 1,100 visitors in only") && cell.contains("<br>")
        && cell.contains("limit turnedAway: breached in"), cell);
  }

  @Test
  void oneNumberPerQuestionTheHeatMapTheHeadlineAndSimulateAgree() throws Exception {
    // the heat map's cell of the file's counts and group, the current timetable and simulate count the same months
    org.tourplan.plan.Candidate cur = plan.current().candidate();
    PlanResult.Volume cell = plan.volumes().stream().filter(v -> v.weekdayTours() == cur.weekdayTours()
        && v.weekendTours() == cur.weekendTours() && v.groupSize() == cur.groupSize()
        && v.overbook() == cur.overbook()).findFirst().orElseThrow();
    assertEquals(plan.current().target().probability(), cell.target().probability(), 0);
    assertEquals(plan.current().visitorsMean(), cell.target().visitorsMean(), 0);
    org.tourplan.run.Results sim = org.tourplan.run.Runner.simulate(plan.base(), 2, null);
    assertEquals(sim.metric("visitorsPerMonth").summary().mean(), plan.current().visitorsMean(), 1e-9);
    assertEquals(sim.target().probability(), plan.current().target().probabilityAtReplications(), 0);
    // and the page prints the same figures in its table and in its headline
    Element table = page.selectFirst("table.kv");
    assertTrue(table.text().contains(String.format(java.util.Locale.ROOT, "%,.0f (95%% CI",
        plan.current().visitorsMean())), table.text());
    assertTrue(table.text().contains(String.format(java.util.Locale.ROOT, "%.1f%% of %d months",
        100 * sim.target().probability(), sim.replications())), table.text());
  }

  @Test
  void withoutARecommendationThePageGivesTheDiagnosis() throws Exception {
    PlanResult p = Planner.plan(org.tourplan.plan.DesignedTimetablesTestAccess.fleetBound(), 2, null);
    Path idx = write(p, tmp);
    Document d = Jsoup.parse(idx.toFile(), "UTF-8");
    String text = d.text();
    assertTrue(text.contains("Why no candidate is feasible"), text);
    assertTrue(text.contains("a full tour holds 2 of the 2 shuttles"), text);
    assertTrue(text.contains("What would fix it") && text.contains("allow 4 shuttles (plan.vehicles)"), text);
    assertTrue(text.contains("Near misses"), text);
    assertFalse(text.contains("Cheaper options, and why they were rejected"), text);
    JsonNode json = new ObjectMapper().readTree(idx.resolveSibling("plan.json").toFile());
    assertEquals("limits", json.get("diagnosis").get("kind").asText());
    assertTrue(json.get("diagnosis").get("fixes").toString().contains("allow 4 shuttles"));
  }

  @Test
  void recommendedYamlLoadsAsTheRecommendedScenario() throws Exception {
    Scenario s = ScenarioLoader.load(index.resolveSibling("recommended.yaml"));
    assertEquals(plan.scenario().schedule().days(), s.schedule().days());
    assertEquals(plan.recommended().candidate().groupSize(), s.group().size());
    assertEquals(plan.recommended().candidate().vehicles(), s.shuttles().vehicles());
  }

  @Test
  void planJsonParses() throws Exception {
    JsonNode json = new ObjectMapper().readTree(index.resolveSibling("plan.json").toFile());
    assertEquals(plan.base().name(), json.get("scenario").asText());
    assertEquals(plan.recommended().cost(), json.get("recommended").get("cost").asDouble());
    assertEquals(plan.rejectedCheaper().size(), json.get("rejectedCheaper").size());
  }

  @Test
  void theFullReportsCanBeOpenedByOthers() throws Exception {
    Path dir = index.getParent();
    assertTrue(Files.exists(dir.resolve("current/index.html")));
    assertTrue(Files.exists(dir.resolve("recommended/index.html")));
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      for (String sub : List.of("current", "recommended")) {
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(sub))),
            sub + "/ must be enterable");
      }
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(
          dir.resolve("frontier.png"))));
    }
  }

  @Test
  void aScenarioNameStaysTextOnThePlanPage() throws Exception {
    String evil = "<script>alert(1)</script>";
    PlanResult p = new PlanResult(rename(plan.base(), evil), plan.recommended(), rename(plan.scenario(), evil),
        plan.current(), plan.runnersUp(), plan.frontier(), plan.rejectedCheaper(), plan.evaluated(),
        plan.effort(), plan.volumes(), plan.tied(), plan.tieBrokenBy(), plan.unconfirmed(), plan.diagnosis());
    Path idx = write(p, tmp);
    Document d = Jsoup.parse(idx.toFile(), "UTF-8");
    assertTrue(d.select("script").isEmpty(), "no script element");
    assertEquals(evil, d.selectFirst("h1").text());
    assertTrue(d.title().contains(evil), d.title());
    assertTrue(idx.getParent().startsWith(tmp), "the folder stays inside the output folder: " + idx);
  }

  @Test
  void withoutARecommendationThePageStillHasItsCharts() throws Exception {
    PlanResult p = new PlanResult(plan.base(), null, null, plan.current(), List.of(), plan.frontier(),
        List.of(), plan.evaluated(), plan.effort(), plan.volumes(), List.of(), null, List.of(),
        new org.tourplan.plan.Diagnosis("limits", List.of("a tour holds 2 of the 3 vehicles"), List.of(),
            List.of("allow 4 vehicles")));
    Path idx = write(p, tmp);
    Document d = Jsoup.parse(idx.toFile(), "UTF-8");
    checkCharts(d, idx);
    assertTrue(d.selectFirst(".headline .answer.breached").text().contains("NONE"));
    assertTrue(d.text().contains("a tour holds 2 of the 3 vehicles") && d.text().contains("allow 4 vehicles"));
    assertTrue(d.select("section.chart").text().contains("The current week"), "only the current week is drawn");
    assertFalse(Files.exists(idx.resolveSibling("recommended.yaml")));
  }

  private static Scenario rename(Scenario s, String name) {
    return s.toBuilder().name(name).build();
  }
}
