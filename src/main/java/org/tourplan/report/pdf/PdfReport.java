package org.tourplan.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.tourplan.output.AtomicFiles;

/**
 * {@code report.pdf} for a finished report folder: the folder's {@code index.html} (the management report, the plan
 * page, any page tourplan writes) laid out on A4 pages, with the same headline boxes, tables and charts (the PNGs
 * next to it), for a reader who wants one file to attach to an e-mail.
 *
 * <p>The page is parsed with jsoup and handed to openhtmltopdf as a W3C document (it needs well-formed XHTML, which
 * the HTML5 page is not byte for byte). openhtmltopdf implements CSS 2.1 and paged media but not custom properties
 * or grid, so {@link #PRINT_CSS} restates the page's colours and layout in plain CSS, and keeps every chart, headline
 * box and table row on one page. The PDF is written atomically next to {@code index.html}.
 */
public final class PdfReport {
  /** The file name, next to {@code index.html}. */
  public static final String FILE = "report.pdf";

  /** Plain CSS 2.1 for the PDF, after the page's own stylesheet (which it overrides where openhtmltopdf differs). */
  static final String PRINT_CSS = """
      @page { size: A4; margin: 14mm 12mm 16mm 12mm;
              @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8pt sans-serif;
                              color: #555; } }
      body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #222; }
      code, td code { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }
      main { max-width: none; padding: 0; margin: 0; }
      h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 12pt; } h3 { font-size: 11pt; }
      .kicker, .why, figcaption, td code, .small { color: #555; }
      .headline { display: block; }
      .answer { display: block; margin: 0 0 8pt 0; border-left: 6pt solid #d0d7de; background-color: #f6f8fa;
                padding: 6pt 10pt; }
      .answer h2 { font-size: 9pt; color: #555; margin: 0; }
      .answer p { font-size: 12pt; }
      .answer.ok { border-left-color: #1a7f37; background-color: #e6f4ea; }
      .answer.at-risk { border-left-color: #9a6700; background-color: #fff4d6; }
      .answer.breached { border-left-color: #b2182b; background-color: #fde8ea; }
      .answer.neutral { border-left-color: #0072b2; background-color: #eef5fb; }
      .ok .verdict { color: #1a7f37; } .at-risk .verdict { color: #9a6700; } .breached .verdict { color: #b2182b; }
      table { font-size: 8.5pt; width: 100%; }
      th, td { border-bottom: 1px solid #d0d7de; padding: 3pt 4pt; }
      thead th { background-color: #f6f8fa; border-bottom: 1.5pt solid #8c959f; }
      thead { display: table-header-group; }
      td.explain { font-size: 8pt; }
      tr.ok .badge { background-color: #e6f4ea; color: #1a7f37; border: 1px solid #1a7f37; }
      tr.at-risk .badge { background-color: #fff4d6; color: #9a6700; border: 1px solid #9a6700; }
      tr.breached .badge { background-color: #fde8ea; color: #b2182b; border: 1px solid #b2182b; }
      p.unserved { color: #b2182b; }
      tr.own { background-color: #eef5fb; }
      footer { border-top: 2px solid #d0d7de; font-size: 8.5pt; }
      figcaption { font-size: 8.5pt; }
      img { max-width: 100%; height: auto; border: none; }
      figure, .answer, tr, section.chart, .sub { page-break-inside: avoid; }
      h2, h3 { page-break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      """;

  private PdfReport() {
  }

  /**
   * Writes {@code dir/report.pdf} from {@code dir/index.html} and the charts beside it, and returns its path.
   *
   * @throws IOException when the page cannot be read or the PDF cannot be written (the folder is otherwise
   *                     unchanged)
   */
  public static Path write(Path dir) throws IOException {
    Path index = dir.resolve("index.html");
    Document page = Jsoup.parse(Files.readString(index, StandardCharsets.UTF_8), index.toUri().toString());
    page.head().appendElement("style").appendText(PRINT_CSS);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    XRLog.setLoggingEnabled(false); // it logs every CSS property it does not know to stderr
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    Map<String, Path> fonts = Fonts.find();
    fonts.forEach((file, path) -> builder.useFont(path.toFile(), Fonts.FAMILY.get(file), Fonts.WEIGHT.get(file),
        BaseRendererBuilder.FontStyle.NORMAL, true));
    if (!fonts.containsKey("DejaVuSans.ttf")) {
      // the PDF's built-in fonts have no arrows or comparison signs: spell them in ASCII
      page.body().select("*").forEach(e -> e.textNodes().forEach(t -> t.text(Fonts.ascii(t.text()))));
    }
    org.w3c.dom.Document xhtml = new W3CDom().fromJsoup(page);
    builder.withW3cDocument(xhtml, dir.toUri().toString());
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (RuntimeException e) {
      throw new IOException("cannot lay out " + index.getFileName() + " as a PDF: " + e.getMessage(), e);
    }
    Path out = dir.resolve(FILE);
    AtomicFiles.write(out, pdf.toByteArray());
    AtomicFiles.readable(dir);
    return out;
  }
}
