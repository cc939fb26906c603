package org.tourplan.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.Text;

/**
 * A parsed file as a small tree that remembers the line of every key and value, so validation can report every
 * problem with its line. JSON is read here with Jackson's streaming parser; YAML by {@link YamlTree}.
 */
final class SourceTree {
  private SourceTree() { }

  /** Any value of the file. */
  sealed interface Node permits MapNode, ListNode, Scalar {
    /** 1-based line where the value starts. */
    int line();
  }

  /** A key of a map, the line of the key, and its value. */
  record Entry(String key, int line, Node value) { }

  /** A map, keys in file order. */
  record MapNode(int line, Map<String, Entry> entries) implements Node { }

  /** A list. */
  record ListNode(int line, List<Node> items) implements Node { }

  /** Kinds of scalar values. */
  enum Kind { STRING, NUMBER, BOOLEAN, NULL, BINARY }

  /**
   * A scalar.
   *
   * @param text   the text as written (numbers, booleans) or the string value
   * @param number the value of a number, or null when the number is not finite (YAML .inf, .nan)
   * @param plain  a YAML string written without quotes or tag
   */
  record Scalar(int line, Kind kind, String text, BigDecimal number, boolean plain) implements Node { }

  /** Nesting limit: a scenario needs about 5 levels. */
  static final int MAX_DEPTH = 64;

  /** Parsing stopped: a syntax error, a duplicate key, or something the reader refuses. */
  static final class Failure extends Exception {
    final Integer line;
    final String path;
    final String message;

    Failure(Integer line, String path, String message) {
      super(message, null, false, false);
      this.line = line;
      this.path = path;
      this.message = message;
    }
  }

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'",
      Pattern.DOTALL);

  /**
   * Reads the single root value. Returns null when the stream holds no value (empty document).
   *
   */
  static Node read(JsonParser p) throws Failure {
    Reader r = new Reader(p);
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      Node root = r.value(0);
      JsonToken after = p.nextToken();
      if (after != null) {
        int line = p.currentTokenLocation().getLineNr();
        throw new Failure(positive(line), null,
            "the file holds more than one document or top-level value; a scenario is a single map");
      }
      return root;
    } catch (Failure f) {
      throw f;
    } catch (IOException | RuntimeException e) {
      throw r.translate(e);
    } catch (StackOverflowError e) {
      throw new Failure(null, null, "the file is nested too deeply");
    }
  }

  private static Integer positive(int line) {
    return line > 0 ? line : null;
  }

  private static final class Reader {
    private final JsonParser p;
    /** Path of the value being read, and the maps being filled (for duplicate-key messages). */
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Entry>> openMaps = new ArrayDeque<>();

    Reader(JsonParser p) {
      this.p = p;
    }

    private String pathString() {
      StringBuilder b = new StringBuilder();
      var it = path.descendingIterator();
      while (it.hasNext()) {
        String part = it.next();
        if (part.startsWith("[") || b.length() == 0) {
          b.append(part);
        } else {
          b.append('.').append(part);
        }
      }
      return b.toString();
    }

    private int line() {
      return p.currentTokenLocation().getLineNr();
    }

    Node value(int depth) throws IOException, Failure {
      if (depth > MAX_DEPTH) {
        throw new Failure(positive(line()), pathString(), "nested more than " + MAX_DEPTH + " levels deep");
      }
      JsonToken t = p.currentToken();
      int line = line();
      switch (t) {
        case START_OBJECT: {
          Map<String, Entry> entries = new LinkedHashMap<>();
          openMaps.push(entries);
          while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            String key = p.currentName();
            int keyLine = line();
            path.push(Paths.key(key));
            Entry first = entries.get(key);
            if (first != null) {
              throw new Failure(positive(keyLine), pathString(),
                  "duplicate key " + Text.key(key) + " (first at line " + first.line() + ")");
            }
            p.nextToken();
            entries.put(key, new Entry(key, keyLine, value(depth + 1)));
            path.pop();
          }
          openMaps.pop();
          return new MapNode(line, entries);
        }
        case START_ARRAY: {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            path.push("[" + items.size() + "]");
            items.add(value(depth + 1));
            path.pop();
          }
          return new ListNode(line, items);
        }
        case VALUE_STRING: {
          return new Scalar(line, Kind.STRING, p.getText(), null, false);
        }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT: {
          String text = p.getText();
          BigDecimal number;
          try {
            number = p.getDecimalValue();
          } catch (IOException | RuntimeException e) {
            number = null; // .inf, .nan and the like
          }
          return new Scalar(line, Kind.NUMBER, text, number, false);
        }
        case VALUE_TRUE:
        case VALUE_FALSE:
          return new Scalar(line, Kind.BOOLEAN, t == JsonToken.VALUE_TRUE ? "true" : "false", null, false);
        case VALUE_NULL:
          return new Scalar(line, Kind.NULL, "null", null, false);
        default:
          return new Scalar(line, Kind.BINARY, "", null, false);
      }
    }

    /** Path of the parser's position (JSON reads a key and its value's first token in one step). */
    private String contextPath() {
      List<String> parts = new ArrayList<>();
      for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inObject() && c.getCurrentName() != null) {
          parts.add(0, Paths.key(c.getCurrentName()));
        } else if (c.inArray() && c.getCurrentIndex() >= 0) {
          parts.add(0, "[" + c.getCurrentIndex() + "]");
        }
      }
      StringBuilder b = new StringBuilder();
      for (String part : parts) {
        if (b.length() > 0 && !part.startsWith("[")) {
          b.append('.');
        }
        b.append(part);
      }
      return b.toString();
    }

    Failure translate(Throwable e) {
      String where;
      try {
        where = contextPath();
      } catch (RuntimeException ignored) {
        where = pathString();
      }
      if (e instanceof JsonProcessingException j) {
        String original = j.getOriginalMessage() == null ? "unreadable input" : j.getOriginalMessage();
        JsonLocation loc = j.getLocation();
        Integer line = loc == null ? null : positive(loc.getLineNr());
        Matcher dup = DUPLICATE.matcher(original);
        if (dup.find()) {
          String key = dup.group(1);
          Entry first = openMaps.isEmpty() ? null : openMaps.peek().get(key);
          String parent = pathString();
          String p2 = parent.isEmpty() ? Paths.key(key) : parent + "." + Paths.key(key);
          return new Failure(line, p2, "duplicate key " + Text.key(key)
              + (first == null ? "" : " (first at line " + first.line() + ")"));
        }
        String col = loc == null || loc.getColumnNr() < 1 ? "" : " at column " + loc.getColumnNr();
        return new Failure(line, where.isEmpty() ? null : where, "syntax error" + col + ": " + clean(original));
      }
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Failure(null, where.isEmpty() ? null : where, "cannot read the file: " + clean(m));
    }

    /** One line of plain text: no Jackson feature hints, no character codes, escaped and bounded. */
    private static String clean(String m) {
      String s = m;
      int nl = s.indexOf('\n');
      if (nl >= 0) {
        s = s.substring(0, nl);
      }
      s = s.replaceAll(" \\(code \\d+\\)", "");
      s = s.replaceAll(";? ?\\(?enable `[^`]*` to allow\\)?", "");
      s = s.replaceAll(": enable [A-Za-z._]+ to allow.*", "");
      s = s.trim();
      if (s.length() > 200) {
        s = s.substring(0, 200) + "...";
      }
      return Text.escape(s);
    }
  }
}
