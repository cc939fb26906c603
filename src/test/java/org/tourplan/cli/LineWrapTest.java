package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-made lines wrapped as a reader expects: by words, continuation under the value, nothing lost. */
class LineWrapTest {
  @Test
  void aShortLineIsLeftAsItIs() {
    assertEquals(List.of("  cost        141,250 yuan a month"), LineWrap.wrap("  cost        141,250 yuan a month", 40));
  }

  @Test
  void aLabelledRowContinuesUnderItsValue() {
    assertEquals(List.of(
        "  starts      Mon-Fri 09:00, 12:30,",
        "              16:00; Sat, Sun 09:00"),
        LineWrap.wrap("  starts      Mon-Fri 09:00, 12:30, 16:00; Sat, Sun 09:00", 36));
  }

  @Test
  void aBulletContinuesUnderItsText() {
    assertEquals(List.of(
        "    - target: reaches 1,100",
        "      visitors in only 0.0%"),
        LineWrap.wrap("    - target: reaches 1,100 visitors in only 0.0%", 28));
  }

  @Test
  void aShortLabelEndingInAColonIsHung() {
    assertEquals(List.of("tourplan: x.yaml line 3:", "          found 600"),
        LineWrap.wrap("tourplan: x.yaml line 3: found 600", 25));
  }

  @Test
  void proseContinuesTwoColumnsIn() {
    assertEquals(List.of("428 cheaper candidates", "  rejected (392 target", "  unreachable)"),
        LineWrap.wrap("428 cheaper candidates rejected (392 target unreachable)", 22));
  }

  @Test
  void aWordLongerThanAnyLineIsNeverCut() {
    String path = "/tmp/" + "x".repeat(60) + "/index.html";
    assertEquals(List.of("Report: " + path), LineWrap.wrap("Report: " + path, 40));
  }

  @Test
  void wideCharactersCountTwoAndMayBreakBetweenThemselves() {
    assertEquals(4, LineWrap.columns("北京"));
    List<String> lines = LineWrap.wrap("名称: 北京电动汽车工厂参观七月", 16);
    for (String l : lines) {
      assertEquals(true, LineWrap.columns(l) <= 16, l);
    }
    assertEquals(true, lines.size() > 1, lines.toString());
    assertEquals("名称:北京电动汽车工厂参观七月", String.join("", lines).replace(" ", ""));
  }

  @Test
  void theWriterWrapsEveryLineAndKeepsAnUnfinishedOne() {
    StringWriter raw = new StringWriter();
    Terminal.Wrapped w = Terminal.wrapping(new PrintWriter(raw), 20);
    w.printf("Goal: one two three four five%n");
    w.print("tail");
    w.end();
    assertEquals("Goal: one two three\n      four five\ntail", raw.toString().replace("\r\n", "\n"));
    assertEquals(20, Terminal.widthOf(w));
  }

  @Test
  void widthIsColumnsThenTheTerminalThen80() {
    assertEquals(100, Terminal.width(Map.of("COLUMNS", "100"), true, () -> 120));
    assertEquals(120, Terminal.width(Map.of(), true, () -> 120));
    assertEquals(80, Terminal.width(Map.of(), false, () -> 120));
    assertEquals(80, Terminal.width(Map.of("COLUMNS", "wide"), false, () -> 120));
    assertEquals(80, Terminal.width(Map.of(), true, () -> 0));
    assertEquals(Terminal.NARROWEST, Terminal.width(Map.of("COLUMNS", "10"), false, () -> 0));
  }
}
