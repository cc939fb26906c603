package org.tourplan.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link CsvWriter} writes, {@link CsvReader} (Jackson's parser) reads back as it was. */
class CsvWriterTest {
  @Test
  void everyKindOfValueRoundTrips() {
    List<String> values = List.of("plain", "a,b", "say \"hi\"", "two\nlines", "\r", "", "中文 id", "-12", "é,\"");
    CsvWriter w = new CsvWriter(List.of("id", "persons"));
    for (String v : values) {
      w.text(v).number(v.length()).end();
    }
    w.row("last", "7");
    byte[] bytes = w.bytes();
    List<String[]> read = new ArrayList<>();
    CsvProblems problems = new CsvProblems("t.csv");
    CsvReader.read(bytes, new CsvReader.Columns(List.of("id", "persons"), List.of()), problems,
        row -> read.add(new String[] {raw(row), row.text("persons")}));
    assertEquals(0, problems.total(), problems.kept().toString());
    // blank values make a blank row, which the reader skips: "" and "\r" rows still carry their length
    assertEquals(values.size() + 1, read.size());
    for (int i = 0; i < values.size(); i++) {
      assertEquals(values.get(i).strip(), read.get(i)[0], "value " + i);
      assertEquals(Integer.toString(values.get(i).length()), read.get(i)[1]);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals("id,persons\nplain,5\n\"a,b\",3\n", text.substring(0, "id,persons\nplain,5\n\"a,b\",3\n".length()));
  }

  private static String raw(Row row) {
    return row.text("id");
  }
}
