package org.tourplan.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a CSV file the way {@link CsvReader} reads one: a header line, then one line per row, {@code \n} line ends,
 * UTF-8, values in double quotes only when they need them (a comma, a quote, a line break).
 * The bytes depend on the rows alone, so the same rows give the same file on every machine.
 */
public final class CsvWriter {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
  private final JsonGenerator gen;

  /** A file whose first line is {@code columns}. */
  public CsvWriter(List<String> columns) {
    try {
      gen = FACTORY.createGenerator(out);
      gen.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    row(columns.toArray(new String[0]));
  }

  /** One row of values. */
  public CsvWriter row(String... values) {
    try {
      gen.writeStartArray();
      for (String v : values) {
        gen.writeString(v);
      }
      gen.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    return this;
  }

  /** The file's bytes. */
  public byte[] bytes() {
    try {
      gen.writeEndArray();
      gen.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
