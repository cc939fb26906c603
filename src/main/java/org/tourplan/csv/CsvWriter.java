package org.tourplan.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a CSV file the way {@link CsvReader} reads one: a header line, then one line per row, {@code \n} line ends,
 * UTF-8, a value in double quotes (inner quotes doubled) only when it holds a comma, a quote or a line break (RFC
 * 4180). The bytes depend on the rows alone, so the same rows give the same file on every machine.
 *
 * <p>Written here rather than with Jackson's CSV generator, which took most of {@code tourplan draw}'s time on a
 * million-row waitlist: this is a byte buffer and one scan per value. {@code CsvWriterTest} reads its output back
 * with {@link CsvReader} (Jackson) for every kind of value.
 */
public final class CsvWriter {
  private byte[] buf = new byte[1 << 16];
  private int n;

  /** A file whose first line is {@code columns}. */
  public CsvWriter(List<String> columns) {
    row(columns.toArray(new String[0]));
  }

  /** One row of values. */
  public CsvWriter row(String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        put((byte) ',');
      }
      value(values[i]);
    }
    put((byte) '\n');
    return this;
  }

  /** The next value of the current row (a row ends with {@link #end}). */
  public CsvWriter text(String v) {
    separate();
    value(v);
    return this;
  }

  /** The next value of the current row, already encoded by {@link #encode}: {@code b[from, to)}. */
  public CsvWriter encoded(byte[] b, int from, int to) {
    separate();
    ensure(to - from);
    System.arraycopy(b, from, buf, n, to - from);
    n += to - from;
    return this;
  }

  /** A value as this writer writes it (quoted when needed, UTF-8). */
  public static byte[] encode(String v) {
    CsvWriter w = new CsvWriter();
    w.value(v);
    return w.bytes();
  }

  private CsvWriter() {
  }

  /** The next value of the current row: a whole number. */
  public CsvWriter number(long v) {
    separate();
    if (v < 0) {
      put((byte) '-');
      v = -v; // never Long.MIN_VALUE here: counts and ranks
    }
    ensure(20);
    int start = n;
    do {
      buf[n++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    for (int i = start, j = n - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    return this;
  }

  /** Ends the current row. */
  public CsvWriter end() {
    put((byte) '\n');
    open = false;
    return this;
  }

  private boolean open;

  private void separate() {
    if (open) {
      put((byte) ',');
    }
    open = true;
  }

  private void value(String v) {
    boolean ascii = true;
    boolean quote = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= 0x80) {
        ascii = false;
      } else if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
      }
    }
    if (quote) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    if (ascii) {
      ensure(v.length());
      for (int i = 0; i < v.length(); i++) {
        buf[n++] = (byte) v.charAt(i);
      }
    } else {
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      ensure(b.length);
      System.arraycopy(b, 0, buf, n, b.length);
      n += b.length;
    }
  }

  private void put(byte b) {
    ensure(1);
    buf[n++] = b;
  }

  private void ensure(int more) {
    if (n + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(n + more, 2 * buf.length));
    }
  }

  /** The file's bytes. */
  public byte[] bytes() {
    return Arrays.copyOf(buf, n);
  }
}
