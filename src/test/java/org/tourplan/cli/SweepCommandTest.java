package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.cli.CliTest.Run;

/** sweep and compare end to end: the grid, the files, the report, and clear errors for bad --vary options. */
class SweepCommandTest {
  @TempDir
  Path tmp;

  @Test
  void aSweepOfGroupSizeAndFleetWritesTheTableTheJsonTheCsvAndTheReport() throws Exception {
    Path json = tmp.resolve("sweep.json");
    Run r = CliTest.run("sweep", "scenarios/beijing-ev-tour-20-parties.yaml", "--vary", "group.size=16,20",
        "--vary", "shuttles.vehicles=5..6", "--replications", "20", "--json", json.toString(),
        "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("group.size=16, shuttles.vehicles=5"), r.out());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("sweep", root.get("kind").asText());
    assertEquals(4, root.get("variants").size());
    JsonNode first = root.get("variants").get(0);
    assertEquals("16", first.at("/settings/group.size").asText());
    assertEquals("5", first.at("/settings/shuttles.vehicles").asText());
    assertEquals(20250701, first.get("seed").asLong(), "every variant keeps the file's seed");
    // the planner's rule at the file's prices: 71 tours on 31 days with 5 vehicles and 4 guides
    assertEquals(71 * 1200 + 31 * (5 * 350 + 4 * 450), first.at("/cost/perMonth").asDouble(), 1e-9);
    assertTrue(first.at("/results/metrics/visitorsPerMonth/mean").asDouble() > 0);
    // a bigger fleet changes nothing the group sizes decide: the same random numbers give the same visitors
    assertEquals(first.at("/visitorsPerMonth/mean").asDouble(),
        root.get("variants").get(1).at("/visitorsPerMonth/mean").asDouble(), 0);
    Path dir = tmp.resolve("beijing-ev-factory-tour-july-2025-20-parties-a-tour/sweep-group-size-shuttles-vehicles");
    List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
    assertEquals(5, csv.size());
    assertTrue(csv.get(0).startsWith("variant,group.size,shuttles.vehicles,seed,"), csv.get(0));
    Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    assertEquals(4, page.select("tbody tr").size());
    assertEquals(2, page.select("img").size());
    for (String png : List.of("visitors.png", "target.png")) {
      assertTrue(Files.size(dir.resolve(png)) > 1000, png);
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(2, s.count(), "only the scenario's folder and the JSON file");
    }
    try (Stream<Path> s = Files.list(dir.getParent())) {
      assertEquals(List.of(dir), s.toList(), "only the sweep's folder: no temporary folder left");
    }
  }

  /** The example: 3 shuttles cannot carry a full group, so those corners are results, not an abort. */
  @Test
  void variantsThatAreNotValidScenariosAreRowsWithTheLoadersReasonNotAnAbort() throws Exception {
    Path json = tmp.resolve("sweep.json");
    Run r = CliTest.run("sweep", "scenarios/beijing-ev-tour-20-parties.yaml", "--vary", "group.size=16,20,24",
        "--vary", "shuttles.vehicles=3..6", "--replications", "10", "--json", json.toString(),
        "--out", tmp.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().isEmpty(), r.err());
    String reason16 = "shuttles.vehicles: found 3, but 16 parties of 3";

    // the printed table: every variant has its line; the 3-vehicle ones say why they are not valid
    List<String> lines = r.out().lines().toList();
    for (String size : List.of("16", "20", "24")) {
      String line = lines.stream().filter(l -> l.startsWith("group.size=" + size + ", shuttles.vehicles=3 "))
          .findFirst().orElseThrow(() -> new AssertionError(r.out()));
      assertTrue(line.contains("not valid"), line);
      assertTrue(line.contains("shuttles.vehicles: found 3, but"), line);
      assertTrue(line.contains("expected at least"), line);
    }
    assertTrue(r.out().contains(reason16), r.out());
    assertTrue(r.out().contains("5 of 12 variants are not valid scenarios"), r.out());

    // JSON: every variant, the invalid ones with valid=false, the reason and null figures; the best is valid
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    JsonNode variants = root.get("variants");
    assertEquals(12, variants.size());
    JsonNode bad = variants.get(0);
    assertEquals("group.size=16, shuttles.vehicles=3", bad.get("label").asText());
    assertFalse(bad.get("valid").asBoolean());
    assertTrue(bad.get("reason").asText().startsWith(reason16), bad.toString());
    for (String k : List.of("seed", "replications", "visitorsPerMonth", "targetMetProbability", "targetMet",
        "anyLimitBreachProbability", "safety", "cost", "results")) {
      assertTrue(bad.get(k).isNull(), k);
    }
    assertEquals("3", bad.at("/settings/shuttles.vehicles").asText());
    int notValid = 0;
    String best = root.get("best").asText();
    for (JsonNode v : variants) {
      boolean three = v.at("/settings/shuttles.vehicles").asText().equals("3");
      if (three) {
        assertFalse(v.get("valid").asBoolean(), v.get("label").asText());
      }
      if (!v.get("valid").asBoolean()) {
        notValid++;
        assertFalse(v.get("label").asText().equals(best), "an invalid variant is never the best");
      } else {
        assertTrue(v.get("reason").isNull());
        assertTrue(v.at("/visitorsPerMonth/mean").asDouble() > 0);
      }
    }
    assertEquals(5, notValid, "3 vehicles for every size, 4 vehicles for 20 and 24");
    JsonNode bestRow = null;
    for (JsonNode v : variants) {
      if (v.get("label").asText().equals(best)) {
        bestRow = v;
      }
    }
    assertTrue(bestRow != null && bestRow.get("valid").asBoolean(), best);
    assertTrue(r.out().contains("Cheapest that reaches the target with no limit breached: " + best), r.out());

    // CSV: a row per variant, valid and reason at the end, empty figures for the invalid ones
    Path dir = tmp.resolve("beijing-ev-factory-tour-july-2025-20-parties-a-tour/sweep-group-size-shuttles-vehicles");
    List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
    assertEquals(13, csv.size());
    assertTrue(csv.get(0).endsWith(",valid,reason"), csv.get(0));
    String badCsv = csv.get(1);
    assertTrue(badCsv.startsWith("\"group.size=16, shuttles.vehicles=3\",16,3,,,"), badCsv);
    assertTrue(badCsv.contains(",false,\"" + reason16), badCsv);
    assertTrue(csv.get(2).contains(",SAFE,") && csv.get(2).endsWith(",true,"), csv.get(2));

    // HTML: the invalid rows show the reason; the best row and the headline name a valid variant
    Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    assertEquals(12, page.select("tbody tr").size());
    assertEquals(5, page.select("tbody tr.not-valid").size());
    Element first = page.select("tbody tr").get(0);
    assertTrue(first.hasClass("not-valid"));
    assertEquals("not valid", first.selectFirst(".badge").text());
    assertTrue(first.selectFirst("td.reason").text().contains(reason16), first.text());
    Element bestTr = page.selectFirst("tbody tr.best");
    assertTrue(bestTr != null && !bestTr.hasClass("not-valid"));
    assertEquals(best, page.selectFirst("section.answer .verdict").text());
    assertTrue(page.selectFirst("section.answer").text().contains("5 variants that are not valid"));
    assertEquals(2, page.select("img").size());
    assertTrue(page.select("section.chart p.why").first().text().contains("are left out"));
  }

  @Test
  void aSweepWhereNoVariantIsValidExitsTwoWithOneLinePerVariant() throws Exception {
    Path out = tmp.resolve("out");
    Run r = CliTest.run("sweep", "scenarios/minimal.yaml", "--vary", "group.size=4000,5000", "--vary",
        "guides.count=1,2", "--replications", "5", "--out", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.out().isEmpty(), r.out());
    List<String> err = r.err().strip().lines().toList();
    assertEquals(5, err.size(), r.err());
    assertTrue(err.get(0).startsWith("tourplan: no variant is a valid scenario"), err.get(0));
    assertTrue(err.get(1).startsWith("  group.size=4000, guides.count=1: zones."), err.get(1));
    assertTrue(err.get(4).startsWith("  group.size=5000, guides.count=2: "), err.get(4));
    for (String line : err) {
      assertTrue(line.length() <= 2 + SweepCommand.REASON_WIDTH, line);
    }
    assertFalse(Files.exists(out), "nothing simulated, nothing written");
  }

  @Test
  void compareEscapesScenarioNamesInThePage() throws Exception {
    String text = Files.readString(Path.of("scenarios/minimal.yaml"));
    String evil = "<script>alert(1)</script> & \"quotes\"";
    Path a = tmp.resolve("a.yaml");
    Files.writeString(a, text.replace("name: Minimal example tour", "name: '" + evil.replace("'", "''") + "'"));
    Run r = CliTest.run("compare", a.toString(), "scenarios/minimal.yaml", "--replications", "10", "--out",
        tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    Path dir = tmp.resolve("out/script-alert-1-script-quotes/compare-minimal");
    String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script>"), "the name is escaped");
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script").isEmpty());
    assertEquals(evil + "; Minimal example tour", page.selectFirst("h1").text());
    assertEquals("tourplan comparison: " + evil + "; Minimal example tour", page.title(), "every file named");
    assertEquals(2, page.select("tbody tr").size());
    assertEquals(evil, page.select("tbody tr").get(0).selectFirst("td").text());
  }

  @Test
  void aSweepMarksTheFileAsWrittenAndNamesTheClosestRowWhenNoneWorks() throws Exception {
    // the default: 3 shuttles and 2 guides as written; its July reaches 1,100 in too few months whatever the fleet
    Run r = CliTest.run("sweep", "scenarios/beijing-ev-tour.yaml", "--vary", "shuttles.vehicles=3..4", "--vary",
        "guides.count=1,2", "--replications", "10", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    Path dir = tmp.resolve("beijing-ev-factory-tour-july-2025/sweep-shuttles-vehicles-guides-count");
    Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    List<Element> own = page.select("tbody tr.own");
    assertEquals(1, own.size(), page.select("tbody").html());
    assertEquals(List.of("3aswritten", "2"), own.get(0).select("td").subList(0, 2).stream()
        .map(e -> e.text().replace(" ", "")).toList());
    assertEquals(1, page.select(".own-mark").size());
    String closest = page.getElementById("closest").text();
    assertTrue(closest.startsWith("Closest: shuttles.vehicles=") && closest.contains("no limit breached, but "
        + "reaches the target in only ") && closest.contains("(95% needed)"), closest);
  }

  /**
   * compare of the default (target lowered to 900, which it reaches) and a copy named {@code name} in file
   * {@code file}.yaml with {@code from} replaced by {@code to}; both reports under tmp/out.
   */
  private Run compareTwo(String file, String name, String from, String to) throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-ev-tour.yaml"))
        .replace("visitorsPerMonth: 1100 ", "visitorsPerMonth: 900  ");
    Path a = tmp.resolve("a-" + file + ".yaml");
    Path b = tmp.resolve(file + ".yaml");
    Files.writeString(a, text);
    Files.writeString(b, text.replace("name: Beijing EV factory tour, July 2025", "name: " + name)
        .replace(from, to));
    return CliTest.run("compare", a.toString(), b.toString(), "--replications", "10", "--out",
        tmp.resolve("out").toString());
  }

  /** Two files that both work, priced in yuan and in euro: no row is called the cheapest, no column mixes them. */
  @Test
  void compareRefusesToRankCostsInDifferentCurrencies() throws Exception {
    Run r = compareTwo("euro", "Euro tour", "currency: yuan", "currency: euro");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Not ranked: the scenarios that reach the target with no limit breached price their "
        + "costs in different currencies (yuan, euro)."), r.out());
    assertFalse(r.out().contains("Cheapest that reaches"), r.out());
    Path dir = tmp.resolve("out/beijing-ev-factory-tour-july-2025/compare-euro");
    Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    String answer = page.getElementById("not-ranked").text();
    assertTrue(answer.contains("Not ranked: 2 scenarios reach the target") && answer.contains("(yuan, euro)")
        && answer.contains("Beijing EV factory tour, July 2025 at 210,450 yuan a month")
        && answer.contains("Euro tour at "), answer);
    assertTrue(page.select("tr.best").isEmpty(), "no row marked the cheapest");
    List<String> heads = page.select("thead th").eachText();
    assertTrue(heads.containsAll(List.of("cost a month (yuan)", "cost a month (euro)", "cost per visitor (yuan)",
        "cost per visitor (euro)")), heads.toString());
    // each row fills its own currency's columns only
    int yuanCol = heads.indexOf("cost a month (yuan)");
    int euroCol = heads.indexOf("cost a month (euro)");
    List<Element> rows = page.select("tbody tr");
    assertEquals("210,450", rows.get(0).child(yuanCol).text());
    assertEquals("–", rows.get(0).child(euroCol).text());
    assertEquals("–", rows.get(1).child(yuanCol).text());
    assertFalse(rows.get(1).child(euroCol).text().contains("yuan"));
  }

  @Test
  void aComparisonInOneCurrencyNamesItInTheHeaderAndRanks() throws Exception {
    Run r = compareTwo("b", "Dearer tour", "perTour: 1200 ", "perTour: 1500 ");
    assertEquals(0, r.code(), r.err());
    Document page = Jsoup.parse(tmp.resolve("out/beijing-ev-factory-tour-july-2025/compare-b/index.html")
        .toFile(), "UTF-8");
    assertTrue(page.selectFirst("section.answer").text().contains("Beijing EV factory tour, July 2025"),
        page.selectFirst("section.answer").text());
    assertEquals(1, page.select("tr.best").size());
    List<String> heads = page.select("thead th").eachText();
    assertTrue(heads.contains("cost a month (yuan)") && heads.contains("cost per visitor (yuan)"), heads.toString());
    String perVisitor = page.select("tbody tr").get(0).child(heads.indexOf("cost per visitor (yuan)")).text();
    assertTrue(perVisitor.matches("[0-9]+(\\.[0-9])?"), perVisitor);
  }

  @Test
  void badVaryOptionsAreClearOneLineErrors() {
    expect("unknown key 'group.sise'; keys that can be varied: group.size", "--vary", "group.sise=1,2");
    expect("the range ends below its start", "--vary", "shuttles.vehicles=6..3");
    expect("'x' is not a number", "--vary", "group.size=4,x");
    expect("expected KEY=VALUES", "--vary", "group.size");
    expect("the file has no zone 'nowhere'; its zones: ", "--vary", "zones.nowhere.capacity=10,20");
    expect("--vary group.size is given twice", "--vary", "group.size=4", "--vary", "group.size=5");
  }

  private static void expect(String message, String... vary) {
    String[] args = Stream.concat(Stream.of("sweep", "scenarios/minimal.yaml", "--replications", "5"),
        Stream.of(vary)).toArray(String[]::new);
    Run r = CliTest.run(args);
    assertEquals(2, r.code(), String.join(" ", vary) + ": " + r.out() + r.err());
    assertTrue(r.err().contains(message), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.out().isEmpty(), r.out());
  }

  /**
   * A file of one replication with a plan section sweeps (found by CrashFindingTest, seed 2): its plan replications
   * default to 1, the variants are the file written out again, and a written 1 was refused ("expected an integer
   * >= 2"), so no variant was valid.
   */
  @Test
  void aFileOfOneReplicationWithAPlanSectionSweeps(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path f = dir.resolve("one.yaml");
    java.nio.file.Files.writeString(f, java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/minimal.yaml"))
        .replace("month: 2025-07 ", "month: 2025-07\nreplications: 1 ") + "plan:\n  weekdayTours: [1, 2]\n");
    CliTest.Run r = CliTest.run("sweep", f.toString(), "--vary", "group.size=9,10", "--out", dir.toString());
    org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
  }

  /**
   * Zone ids with YAML 1.1 line breaks (U+0085, U+2028) survive the variants (found by CrashFindingTest, seed 58):
   * the variants went back to the loader through Jackson's YAML writer, which left such a key plain, so it folded
   * to a space and no variant of the file was valid.
   */
  @Test
  void zoneIdsWithLineBreakCharactersSurviveTheVariants(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    for (String id : new String[] {"line\\u0085one", "line\\u2028one"}) {
      java.nio.file.Path f = dir.resolve("nel.yaml");
      java.nio.file.Files.writeString(f, java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/minimal.yaml"))
          .replace("line-1", "\"" + id + "\""));
      CliTest.Run r = CliTest.run("sweep", f.toString(), "--vary", "group.size=9,10", "--replications", "2",
          "--out", dir.resolve("out").toString());
      org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
      org.junit.jupiter.api.Assertions.assertFalse(r.out().contains("not valid"), r.out());
    }
  }
}
