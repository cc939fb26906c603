package org.tourplan.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * Lines as an editor counts them: ended by LF, CRLF or a lone CR. SnakeYAML also counts NEL, U+2028 and U+2029
 * as line breaks, even inside quoted text, so its own line numbers drift; marks are mapped through their
 * code-point index instead.
 */
final class LineTable {
  private final int[] starts; // code-point index where each line starts

  LineTable(String text) {
    List<Integer> s = new ArrayList<>();
    s.add(0);
    int cp = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      cp++;
      if (c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
        s.add(cp);
      }
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  int line(Mark m) {
    return lineOf(m.getIndex()) + 1;
  }

  int column(Mark m) {
    return m.getIndex() - starts[lineOf(m.getIndex())] + 1;
  }

  int lineOf(int index) {
    int i = Arrays.binarySearch(starts, index);
    return i >= 0 ? i : -i - 2;
  }

  /** The text from a mark to the end of its line, up to a ':' (a key being scanned). */
  String restOfLine(String text, Mark m) {
    int start = text.offsetByCodePoints(0, Math.min(m.getIndex(), text.codePointCount(0, text.length())));
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    String line = text.substring(start, end);
    int colon = line.indexOf(": ");
    return colon >= 0 ? line.substring(0, colon) : line.endsWith(":") ? line.substring(0, line.length() - 1)
        : line;
  }
}
