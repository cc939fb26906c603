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
    Run r = CliTest.run("sweep", "scenarios/beijing-ev-tour.yaml", "--vary", "group.size=16,20",
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
    Path dir = tmp.resolve("beijing-ev-factory-tour-july-2025-sweep");
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
      assertEquals(2, s.count(), "only the report folder and the JSON file: no temporary folder left");
    }
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
    Path dir;
    try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
      dir = s.filter(p -> p.getFileName().toString().endsWith("-compare")).findFirst().orElseThrow();
    }
    String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script>"), "the name is escaped");
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script").isEmpty());
    assertEquals(evil, page.selectFirst("h1").text());
    assertEquals(2, page.select("tbody tr").size());
    assertEquals(evil, page.select("tbody tr").get(0).selectFirst("td").text());
  }

  @Test
  void badVaryOptionsAreClearOneLineErrors() {
    expect("unknown key 'group.sise'; keys that can be varied: group.size", "--vary", "group.sise=1,2");
    expect("the range ends below its start", "--vary", "shuttles.vehicles=6..3");
    expect("'x' is not a number", "--vary", "group.size=4,x");
    expect("expected KEY=VALUES", "--vary", "group.size");
    expect("the file has no zone 'nowhere'; its zones: ", "--vary", "zones.nowhere.capacity=10,20");
    expect("variant group.size=4000 is not a valid scenario: ", "--vary", "group.size=10,4000");
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
}
