package org.tourplan.report.month;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.run.ModeComparison;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.safety.SafetyAnalysis;
import org.tourplan.scenario.Scenario;
import org.tourplan.shuttle.ShuttlePlanner;

/**
 * The optional Shuttles section on the minimal scenario (one tour a day, one vehicle: one jsprit solve for the
 * month): vehicle Gantt, fleet by day of week and the three-mode table; absent unless asked for; escaped.
 */
class ShuttleSectionTest {
  @TempDir
  Path tmp;

  /** What the report command computes for the section. */
  static ShuttleSection section(Scenario s) {
    return new ShuttleSection(ShuttlePlanner.forFleet(s, s.shuttles().vehicles()), ShuttlePlanner.smallestFleets(s),
        ModeComparison.of(s, 2));
  }

  static Path report(Scenario s, boolean shuttles, Path out) throws Exception {
    Results r = Runner.simulate(s, 2, null);
    return new ReportWriter().write(s, r, SafetyAnalysis.analyse(s, r), shuttles ? section(s) : null, out);
  }

  private static void assertImage(Path index, Element img) throws Exception {
    assertNotNull(img);
    assertFalse(img.attr("alt").isBlank());
    Path file = index.resolveSibling(img.attr("src"));
    assertEquals(index.getParent(), file.normalize().getParent());
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(ReportWriterTest.PNG, Arrays.copyOf(bytes, 8), "PNG signature of " + file);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    assertEquals(Integer.parseInt(img.attr("width")), b.getInt(16), "width of " + file);
    assertEquals(Integer.parseInt(img.attr("height")), b.getInt(20), "height of " + file);
  }

  @Test
  void theSectionShowsTheVehicleGanttTheFleetByDayAndTheThreeModes() throws Exception {
    Scenario s = ReportWriterTest.load(Path.of("scenarios/minimal.yaml"), 3);
    Path index = report(s, true, tmp.resolve("with"));
    Document d = Jsoup.parse(index.toFile(), "UTF-8");
    Element section = d.getElementById("shuttles");
    assertNotNull(section);
    assertEquals("Shuttles", section.selectFirst("h2").text());

    // (1) the Gantt of the representative day (minimal: every day has one tour, so the busiest is the 1st)
    Element rosters = d.getElementById("shuttle-rosters");
    assertTrue(rosters.selectFirst("h3").text().contains("Tue 1 Jul"), rosters.text());
    assertTrue(rosters.text().contains("The busiest day (most tours; ties: the earliest) of the representative "
        + "month"), rosters.text());
    assertTrue(d.getElementById("shuttle-served").text().contains("The file's 1 vehicle serve every ride of this "
        + "day (2 rides)."), d.getElementById("shuttle-served").text());
    assertNull(d.getElementById("shuttle-unserved"));
    assertImage(index, d.getElementById("chart-vehicles").selectFirst("img"));
    assertEquals("vehicles.png", d.getElementById("chart-vehicles").selectFirst("img").attr("src"));

    // (2) the fleet by day of week, with the values in the alt text
    Element fleet = d.getElementById("chart-fleet").selectFirst("img");
    assertImage(index, fleet);
    assertTrue(fleet.attr("alt").contains("Mon 1, Tue 1, Wed 1, Thu 1, Fri 1, Sat 1, Sun 1; the file has 1"),
        fleet.attr("alt"));
    assertTrue(d.getElementById("shuttle-fleet").text().contains("enough on every day of the week"));

    // (3) the three modes, the file's own marked, and the sentence
    List<Element> rows = d.getElementById("modes-table").select("tbody > tr");
    assertEquals(List.of("dedicated", "pooled", "planned"), rows.stream().map(r -> r.attr("data-mode")).toList());
    assertTrue(rows.get(0).hasClass("own") && rows.get(0).text().contains("in the file"), rows.get(0).outerHtml());
    assertFalse(rows.get(1).hasClass("own") || rows.get(2).hasClass("own"));
    assertEquals(6, rows.get(0).select("th, td").size());
    assertEquals("\u2013", rows.get(0).select("td").get(4).text()); // roster held: planned only
    assertTrue(rows.get(2).select("td").get(4).text().endsWith("% of rides"), rows.get(2).text());
    assertEquals("All modes wait about the same for a shuttle (0.0 min on average). The file has no limits, so "
        + "none is checked.", d.getElementById("modes-sentence").text());
    assertTrue(d.select("script, link, iframe, object, embed").isEmpty());
  }

  @Test
  void withoutTheSectionTheReportIsAsBefore() throws Exception {
    Scenario s = ReportWriterTest.load(Path.of("scenarios/minimal.yaml"), 3);
    Path plain = report(s, false, tmp.resolve("plain"));
    Document d = Jsoup.parse(plain.toFile(), "UTF-8");
    assertNull(d.getElementById("shuttles"));
    assertNull(d.getElementById("modes-table"));
    assertTrue(d.select("h3").isEmpty());
    assertFalse(Files.exists(plain.resolveSibling("vehicles.png")));
    assertFalse(Files.exists(plain.resolveSibling("fleet.png")));
    // the rest of the page is the same with or without the section
    Path with = report(s, true, tmp.resolve("with"));
    String a = Files.readString(plain);
    String b = Files.readString(with);
    int cut = b.indexOf("<section id=\"shuttles\">");
    int end = b.indexOf("</section>\n<section id=\"inputs\">", cut);
    assertTrue(cut > 0 && end > cut);
    assertEquals(a, b.substring(0, cut) + b.substring(end + "</section>\n".length()));
  }

  @Test
  void unservedRidesAreListedWithTheirReasonsAndHostileNamesStayText() throws Exception {
    // minimal, with hostile names and a depot 11 hours away: no vehicle reaches any pickup in time
    String hostile = "'=<b>x</b>\" onload=\"alert(2)'";
    String yaml = Files.readString(Path.of("scenarios/minimal.yaml"))
        .replaceFirst("(?m)^name: .*$", "name: \"<script>alert(1)</script>\"")
        .replace("  line-1:   { capacity: 30, dwell: 15, floor: true }",
            "  line-1:   { capacity: 30, dwell: 15, floor: true }\n  far: { capacity: 1, dwell: 0 }")
        .replace("  - { from: showroom, to: line-1, minutes: 5 }",
            "  - { from: showroom, to: line-1, minutes: 5 }\n  - { from: far, to: showroom, minutes: 660 }")
        .replace("  seats: 12 ", "  seats: 12\n  depot: far ")
        .replace("line-1", hostile)
        + "limits:\n  floorVisitors: 5\n";
    Path f = tmp.resolve("hostile.yaml");
    Files.writeString(f, yaml);
    Scenario s = ReportWriterTest.load(f, 3);
    Path index = report(s, true, tmp.resolve("out"));
    String html = Files.readString(index);
    assertFalse(html.contains("<script"), "raw script tag");
    assertFalse(html.contains("<b>"), "raw b tag");
    assertFalse(html.contains("\" onload=\""), "attribute break-out");
    Document d = Jsoup.parse(html);
    assertTrue(d.select("script, b, [onload]").isEmpty());
    assertTrue(d.getElementById("shuttle-unserved-text").text().startsWith("The file's 1 vehicle cannot serve "
        + "every ride of this day: 2 of 2 rides have no vehicle in the plan."),
        d.getElementById("shuttle-unserved-text").text());
    List<Element> items = d.select("#shuttle-unserved > li");
    assertEquals(2, items.size());
    assertEquals("tour 10:00, ride 1 of 2, showroom \u2192 " + hostile.substring(1, hostile.length() - 1)
        + " (1 of 1 vehicle): no vehicle can reach showroom by 10:20: starting the day at the depot (far) at "
        + "00:00, the earliest is 11:00", items.get(0).text());
    // the Gantt is still drawn (an empty plot: no vehicle has a ride) and its image is there
    assertImage(index, d.getElementById("chart-vehicles").selectFirst("img"));
    // the floor limit is breached in every mode, and the table says which limit
    Element dedicated = d.selectFirst("#modes-table tr[data-mode=dedicated]");
    Element breach = dedicated.select("td").get(3);
    assertEquals("100%", breach.selectFirst("strong").text());
    assertEquals("visitors on the production floor at once", breach.selectFirst(".small").text());
    assertTrue(d.getElementById("modes-sentence").text().endsWith("Every mode breaches a limit in 100% of months."),
        d.getElementById("modes-sentence").text());
  }
}
