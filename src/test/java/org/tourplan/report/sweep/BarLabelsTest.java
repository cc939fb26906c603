package org.tourplan.report.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tourplan.sweep.Sweep;
import org.tourplan.sweep.Variant;

/** Bar labels never cut to the same text: the chart must tell its bars apart. */
class BarLabelsTest {
  private static Sweep.Row row(String label, Map<String, String> settings) {
    return new Sweep.Row(Variant.invalid(label, settings, List.of("not simulated in this test")), null, 0, null);
  }

  private static Sweep.Result result(Sweep.Kind kind, List<String> keys, List<Sweep.Row> rows) {
    return new Sweep.Result(kind, "name", keys, rows, -1);
  }

  @Test
  void shortDistinctLabelsStayWhole() {
    List<Sweep.Row> rows = List.of(row("A tour", Map.of("file", "a.yaml")), row("B tour", Map.of("file", "b.yaml")));
    Sweep.Result s = result(Sweep.Kind.COMPARE, List.of(), rows);
    assertEquals(List.of("A tour", "B tour"), BarLabels.of(s, rows));
    assertNull(BarLabels.axis(s, BarLabels.of(s, rows), rows));
  }

  @Test
  void comparedNamesThatCutAlikeBecomeFileNames() {
    String common = "Beijing EV factory tour, July 2025, with a long common beginning";
    List<Sweep.Row> rows = List.of(row(common + " one", Map.of("file", "scenarios/one.yaml")),
        row(common + " two", Map.of("file", "/tmp/two.yaml")));
    Sweep.Result s = result(Sweep.Kind.COMPARE, List.of(), rows);
    assertEquals(List.of("one.yaml", "two.yaml"), BarLabels.of(s, rows));
  }

  @Test
  void longNamesThatDifferEarlyAreCutWithAnEllipsis() {
    List<Sweep.Row> rows = List.of(row("First: " + "x".repeat(60), Map.of("file", "a.yaml")),
        row("Second: " + "x".repeat(60), Map.of("file", "b.yaml")));
    List<String> l = BarLabels.of(result(Sweep.Kind.COMPARE, List.of(), rows), rows);
    assertEquals(BarLabels.MAX, l.get(0).length());
    assertEquals('\u2026', l.get(0).charAt(l.get(0).length() - 1));
    assertEquals(2, l.stream().distinct().count());
  }

  @Test
  void sweepLabelsThatCutAlikeShowTheValuesAndTheAxisNamesTheKeys() {
    List<String> keys = List.of("zones.a-very-long-zone-identifier.capacity", "shuttles.vehicles");
    List<Sweep.Row> rows = List.of(settings(keys, "40", "5"), settings(keys, "40", "6"));
    Sweep.Result s = result(Sweep.Kind.SWEEP, keys, rows);
    List<String> l = BarLabels.of(s, rows);
    assertEquals(List.of("40, 5", "40, 6"), l);
    assertEquals("zones.a-very-long-zone-identifier.capacity, shuttles.vehicles", BarLabels.axis(s, l, rows));
  }

  @Test
  void identicalFileNamesAreNumbered() {
    List<Sweep.Row> rows = List.of(row("Same", Map.of("file", "a/x.yaml")), row("Same", Map.of("file", "b/x.yaml")));
    assertEquals(List.of("1. x.yaml", "2. x.yaml"), BarLabels.of(result(Sweep.Kind.COMPARE, List.of(), rows), rows));
  }

  private static Sweep.Row settings(List<String> keys, String... values) {
    Map<String, String> m = new LinkedHashMap<>();
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), values[i]);
      label.append(i == 0 ? "" : ", ").append(keys.get(i)).append('=').append(values[i]);
    }
    return row(label.toString(), m);
  }
}
