package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The terminal's width, and a writer that wraps every line printed through it to that width ({@link LineWrap}):
 * {@link Main} puts it between every command and its output, so that no printer has to count columns.
 *
 * <p>The width is {@code COLUMNS} when it is set to a number, else the terminal's own width when the output is a
 * terminal, else 80 (a pipe or a file gets what a standard terminal shows, and stays the same from run to run).
 */
final class Terminal {
  /** The width when nothing else says: a standard terminal's. */
  static final int DEFAULT_WIDTH = 80;
  /** Narrower than this, wrapping would do more harm than good. */
  static final int NARROWEST = 40;

  private Terminal() {
  }

  /** The width to wrap at, from this process's environment and terminal. */
  static int width() {
    return width(System.getenv(), System.console() != null, Terminal::systemWidth);
  }

  /** The width to wrap at: {@code COLUMNS}, else {@code size} on a terminal, else 80; never below {@link #NARROWEST}. */
  static int width(Map<String, String> env, boolean terminal, IntSupplier size) {
    String columns = env.get("COLUMNS");
    int w = 0;
    if (columns != null && columns.strip().matches("[0-9]{1,4}")) {
      w = Integer.parseInt(columns.strip());
    } else if (terminal) {
      w = size.getAsInt();
    }
    return w <= 0 ? DEFAULT_WIDTH : Math.max(NARROWEST, w);
  }

  /** The width the terminal reports (0 when it cannot be read; jline comes with the progress bars). */
  private static int systemWidth() {
    try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true)
        .build()) {
      return t.getWidth();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** {@code out} with every line wrapped to {@code width}, each line passed on (and flushed) as it ends. */
  static Wrapped wrapping(PrintWriter out, int width) {
    return new Wrapped(new Wrapping(out, width));
  }

  /** The width {@code out} wraps at, for a table that lays itself out to fit (80 for a writer that does not wrap). */
  static int widthOf(PrintWriter out) {
    return out instanceof Wrapped w ? w.wrapping.width : DEFAULT_WIDTH;
  }

  /**
   * A writer whose lines are wrapped. It does not flush on {@code printf} (a line may be printed in pieces and is
   * wrapped whole); {@link #end()} passes on what is left of an unfinished last line.
   */
  static final class Wrapped extends PrintWriter {
    private final Wrapping wrapping;

    private Wrapped(Wrapping wrapping) {
      super(wrapping, false);
      this.wrapping = wrapping;
    }

    /** Writes an unfinished last line as it is, and flushes. */
    void end() {
      flush();
      try {
        wrapping.rest();
      } catch (IOException e) {
        setError();
      }
    }
  }

  /** Buffers up to each line break, then writes the line wrapped. */
  private static final class Wrapping extends Writer {
    private final Writer out;
    private final int width;
    private final StringBuilder line = new StringBuilder();

    Wrapping(Writer out, int width) {
      this.out = out;
      this.width = width;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (c == '\n') {
          boolean crlf = line.length() > 0 && line.charAt(line.length() - 1) == '\r';
          if (crlf) {
            line.setLength(line.length() - 1);
          }
          emit(crlf ? "\r\n" : "\n");
        } else {
          line.append(c);
        }
      }
    }

    private void emit(String end) throws IOException {
      for (String l : LineWrap.wrap(line.toString(), width)) {
        out.write(l);
        out.write(end);
      }
      line.setLength(0);
      out.flush(); // a line is seen as soon as it is complete, in order with what goes to the other stream
    }

    /** An unfinished line stays until its end is written: it is wrapped whole. */
    @Override
    public void flush() throws IOException {
      out.flush();
    }

    void rest() throws IOException {
      if (line.length() > 0) {
        out.write(line.toString());
        line.setLength(0);
      }
      out.flush();
    }

    @Override
    public void close() throws IOException {
      rest();
      out.close();
    }
  }
}
