package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tourplan season}: output, files, errors and escaping. */
class SeasonCliTest {
  @TempDir
  Path tmp;

  @Test
  void printsTheSeasonWritesTheResultsFileAndTheReport() throws Exception {
    Path json = tmp.resolve("season.json");
    Path out = tmp.resolve("reports");
    CliTest.Run r = CliTest.run("season", "scenarios/beijing-2025-season.yaml", "--replications", "8", "--threads",
        "2", "--json", json.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Season 2025-01 to 2025-12: 12 months, each simulated 8 times"), r.out());
    assertTrue(r.out().contains("2025-07  the file's own       71"), r.out());
    assertTrue(r.out().contains("Safety by timetable"), r.out());
    assertTrue(r.out().contains("2025-07          27,000"), r.out());
    assertTrue(r.out().contains("Waiting  "), r.out());
    assertTrue(Files.readString(json).contains("\"lottery\" : {"));
    Path dir = out.resolve("beijing-ev-factory-tour-season-2025").resolve("season");
    assertTrue(Files.exists(dir.resolve(".tourplan-output")), "the folder is marked as the season command's");
    for (String f : new String[] {"index.html", "visitors.png", "pool.png", "draws.png", "cohorts.png",
        "season.json"}) {
      assertTrue(Files.size(dir.resolve(f)) > 100, f);
    }
    assertEquals(Files.readString(json), Files.readString(dir.resolve("season.json")));
  }

  @Test
  void pdfPutsTheSeasonReportOnA4PagesBesideItsPage() throws Exception {
    Path out = tmp.resolve("pdf");
    CliTest.Run r = CliTest.run("season", "scenarios/beijing-2025-season.yaml", "--replications", "4", "--threads",
        "2", "--out", out.toString(), "--pdf");
    assertEquals(0, r.code(), r.err());
    Path pdf = out.resolve("beijing-ev-factory-tour-season-2025").resolve("season").resolve("report.pdf");
    assertTrue(r.out().contains("PDF: " + pdf), r.out());
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 2, "the charts need more than one page");
      org.apache.pdfbox.pdmodel.common.PDRectangle page = doc.getPage(0).getMediaBox();
      assertEquals(595, Math.round(page.getWidth()), "A4 width in points");
      assertEquals(842, Math.round(page.getHeight()), "A4 height in points");
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains("Beijing EV factory tour, season 2025"), text.substring(0, 300));
    }
  }

  @Test
  void aFileWithoutSeasonIsAUsageErrorWithAHint() {
    CliTest.Run r = CliTest.run("season", "scenarios/minimal.yaml", "--out", tmp.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("has no season"), r.err());
    assertTrue(r.err().contains("season: { from:"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aBadSeasonIsReportedWithItsKeyPath() throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-2025-season.yaml")).replace("to: \"2025-12\"",
        "to: \"2024-12\"");
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, text);
    CliTest.Run r = CliTest.run("season", f.toString(), "--out", tmp.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("season.to: found 2024-12, before season.from (2025-01)"), r.err());
  }

  @Test
  void scenarioTextIsEscapedInTheSeasonReport() throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-2025-season.yaml")).replace(
        "name: Beijing EV factory tour, season 2025", "name: \"<script>alert('x')</script> & season\"");
    Path f = tmp.resolve("evil.yaml");
    Files.writeString(f, text);
    CliTest.Run r = CliTest.run("season", f.toString(), "--replications", "3", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    try (var dirs = Files.list(tmp)) {
      Path dir = dirs.filter(p -> Files.isDirectory(p.resolve("season"))).findFirst().orElseThrow()
          .resolve("season");
      assertTrue(dir.getParent().getParent().equals(tmp));
      String html = Files.readString(dir.resolve("index.html"));
      assertFalse(html.contains("<script>"));
      assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; season"));
    }
  }
}
