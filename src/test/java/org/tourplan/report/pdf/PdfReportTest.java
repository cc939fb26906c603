package org.tourplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.cli.Main;
import org.tourplan.testing.Slow;

/** report.pdf read back with PDFBox: A4 pages, the headline's words, every chart, the tables. */
@Slow
class PdfReportTest {
  @TempDir
  Path tmp;

  @Test
  void theReportOfTheDefaultScenarioBecomesAnA4PdfWithTheHeadlineAndEveryChart() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Main.run(new String[] {"report", "scenarios/beijing-ev-tour.yaml", "--replications", "20", "--pdf",
        "--out", tmp.toString()}, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path dir = tmp.resolve("beijing-ev-factory-tour-july-2025").resolve("report");
    Path pdf = dir.resolve("report.pdf");
    assertTrue(out.toString().contains(pdf.toString()), out.toString());
    long pngs;
    try (var files = Files.list(dir)) {
      pngs = files.filter(f -> f.toString().endsWith(".png")).count();
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      // the page and its six charts do not fit one A4 page, and no chart is cut, so several pages
      assertTrue(doc.getNumberOfPages() >= 4 && doc.getNumberOfPages() <= 10, "pages: " + doc.getNumberOfPages());
      for (PDPage p : doc.getPages()) {
        assertEquals(595.3, p.getMediaBox().getWidth(), 0.5, "A4 width in points");
        assertEquals(841.9, p.getMediaBox().getHeight(), 0.5, "A4 height in points");
      }
      String first = new PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(doc);
      assertTrue(first.contains("Beijing EV factory tour, July 2025"), first);
      assertTrue(first.contains("DOES IT REACH THE TARGET?"), first);
      assertTrue(first.contains("SAFE"), first);
      assertTrue(first.contains("WHERE IS THE BOTTLENECK?"), first);
      String all = new PDFTextStripper().getText(doc);
      assertTrue(all.contains("Safety limits"), all);
      assertTrue(all.contains("floorVisitors"), all);
      assertTrue(all.contains("How to read this report"), all);
      // with DejaVu Sans embedded the arrows are kept; the built-in fonts have none, so they are spelled "->"
      String arrow = Fonts.find().containsKey("DejaVuSans.ttf") ? "showroom \u2192 line-1" : "showroom -> line-1";
      assertTrue(all.contains(arrow), all);
      // every chart of the folder is drawn once, whole, on some page
      int images = 0;
      for (PDPage p : doc.getPages()) {
        for (var name : p.getResources().getXObjectNames()) {
          if (p.getResources().getXObject(name) instanceof PDImageXObject) {
            images++;
          }
        }
      }
      assertEquals(pngs, images);
    }
  }
}
