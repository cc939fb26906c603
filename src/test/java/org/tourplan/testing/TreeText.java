package org.tourplan.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The scenario files {@link RandomScenarios} makes, as a small tree of values, and the two texts of one tree: JSON
 * (Jackson's generator, compact or indented) and YAML written here, so that one file mixes what the format allows:
 * block and flow collections, plain, single- and double-quoted scalars, unquoted times and dates, anchors and
 * aliases for repeated lists and maps, comments, hexadecimal and grouped integers, YAML 1.1 booleans, CRLF line
 * ends. Every form is chosen by the random generator passed in, so a seed gives one text.
 */
final class TreeText {
  private TreeText() {
  }

  /** A value of the tree. */
  sealed interface Value permits Str, Num, Bool, Lst, Obj { }

  /** What a text value holds: YAML may leave a time or a date unquoted, other text only when it reads as text. */
  enum Kind { TEXT, TIME, DATE }

  record Str(String text, Kind kind) implements Value { }

  /** A number as decimal text ("12", "-3", "0.25"); {@code integral} numbers may take YAML's integer forms. */
  record Num(String text, boolean integral) implements Value { }

  record Bool(boolean value) implements Value { }

  record Lst(List<Value> items) implements Value {
    Lst add(Value v) {
      items.add(v);
      return this;
    }
  }

  record Obj(Map<String, Value> entries) implements Value {
    Obj put(String key, Value v) {
      entries.put(key, v);
      return this;
    }

    Obj obj(String key) {
      Obj o = TreeText.obj();
      entries.put(key, o);
      return o;
    }
  }

  static Obj obj() {
    return new Obj(new LinkedHashMap<>());
  }

  static Lst lst() {
    return new Lst(new ArrayList<>());
  }

  static Str text(String s) {
    return new Str(s, Kind.TEXT);
  }

  static Str time(String s) {
    return new Str(s, Kind.TIME);
  }

  static Str date(String s) {
    return new Str(s, Kind.DATE);
  }

  static Num num(long v) {
    return new Num(Long.toString(v), true);
  }

  /** A double as the shortest decimal that reads back as the same double. */
  static Num num(double v) {
    return new Num(new java.math.BigDecimal(Double.toString(v)).toPlainString(), false);
  }

  static Bool bool(boolean b) {
    return new Bool(b);
  }

  // ------------------------------------------------------------------------------------------------ JSON

  private static final JsonFactory JSON = new JsonFactory();

  static String json(Value root, Random style) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      if (style.nextBoolean()) {
        g.useDefaultPrettyPrinter();
      }
      json(g, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString() + (style.nextBoolean() ? "\n" : "");
  }

  private static void json(JsonGenerator g, Value v) throws IOException {
    if (v instanceof Str s) {
      g.writeString(s.text());
    } else if (v instanceof Num n) {
      g.writeNumber(n.text());
    } else if (v instanceof Bool b) {
      g.writeBoolean(b.value());
    } else if (v instanceof Lst l) {
      g.writeStartArray();
      for (Value x : l.items()) {
        json(g, x);
      }
      g.writeEndArray();
    } else if (v instanceof Obj o) {
      g.writeStartObject();
      for (Map.Entry<String, Value> e : o.entries().entrySet()) {
        g.writeFieldName(e.getKey());
        json(g, e.getValue());
      }
      g.writeEndObject();
    }
  }

  // ------------------------------------------------------------------------------------------------ YAML

  static String yaml(Value root, Random style) {
    return new Yaml(style).document((Obj) root);
  }

  /** Writes one YAML document; not thread-safe, one per text. */
  private static final class Yaml {
    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*( [A-Za-z0-9_.\\-]+)*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*( [A-Za-z0-9_.\\-]+)*");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String[] COMMENTS = {"assumption", "from the public reports", "总装车间", "kept as written",
        "a: b, [c] {d} # e", "مصنع", "see docs/scenario-format.md"};

    private final Random r;
    private final StringBuilder out = new StringBuilder();
    private final int step;
    /** Containers written once with an anchor, by content; a later equal one is written as an alias. */
    private final Map<Value, String> anchors = new HashMap<>();
    private final Map<Value, Integer> seen = new HashMap<>();
    private final boolean useAnchors;

    Yaml(Random r) {
      this.r = r;
      this.step = r.nextInt(4) == 0 ? 4 : 2;
      this.useAnchors = r.nextBoolean();
    }

    String document(Obj root) {
      count(root);
      if (r.nextInt(3) == 0) {
        out.append("# a random scenario of tourplan's tests\n");
      }
      if (r.nextInt(4) == 0) {
        out.append("---\n");
      }
      blockMap(root, 0, false);
      String text = out.toString();
      return r.nextInt(5) == 0 ? text.replace("\n", "\r\n") : text;
    }

    /** How often each container occurs, so that only repeated ones get an anchor. */
    private void count(Value v) {
      if (v instanceof Lst l && !l.items().isEmpty()) {
        seen.merge(v, 1, Integer::sum);
        l.items().forEach(this::count);
      } else if (v instanceof Obj o && !o.entries().isEmpty()) {
        seen.merge(v, 1, Integer::sum);
        o.entries().values().forEach(this::count);
      }
    }

    /** The alias of an equal container written before, or null; anchors a repeated one the first time. */
    private String alias(Value v) {
      if (!useAnchors || seen.getOrDefault(v, 0) < 2) {
        return null;
      }
      String a = anchors.get(v);
      if (a != null) {
        return "*" + a;
      }
      anchors.put(v, "a" + anchors.size());
      return null;
    }

    private String anchor(Value v) {
      String a = anchors.get(v);
      return a == null ? "" : "&" + a + " ";
    }

    private void indent(int n) {
      out.append(" ".repeat(n));
    }

    /** A block map at {@code indent}; its first key continues the current line when {@code inline}. */
    private void blockMap(Obj o, int indent, boolean inline) {
      boolean first = true;
      for (Map.Entry<String, Value> e : o.entries().entrySet()) {
        if (!(first && inline)) {
          indent(indent);
        }
        first = false;
        out.append(key(e.getKey(), false)).append(':');
        value(e.getValue(), indent, false);
      }
    }

    /**
     * A value after "key:" (or after "-" when {@code dash}): on the same line (scalars, flow collections), or on
     * the lines after (block collections).
     */
    private void value(Value v, int indent, boolean dash) {
      String alias = alias(v);
      if (alias != null) {
        out.append(' ').append(alias).append('\n');
        return;
      }
      boolean list = v instanceof Lst l && !l.items().isEmpty();
      boolean map = v instanceof Obj o && !o.entries().isEmpty();
      if (list && r.nextInt(3) > 0 && !nested(v) || map && r.nextInt(3) == 0 && !nested(v) || !list && !map) {
        out.append(' ').append(anchor(v)).append(flow(v)).append(comment()).append('\n');
        return;
      }
      String a = anchor(v).strip();
      if (list) {
        out.append(a.isEmpty() ? "" : " " + a).append('\n');
        for (Value item : ((Lst) v).items()) {
          indent(indent + step);
          out.append('-');
          value(item, indent + step, true);
        }
      } else if (dash && a.isEmpty()) {
        out.append(' '); // "- key: value", the next keys under the first
        blockMap((Obj) v, indent + 2, true);
      } else {
        // an anchor before an inline key would anchor the key: the map starts on the next line
        out.append(a.isEmpty() ? "" : " " + a).append('\n');
        blockMap((Obj) v, indent + (dash ? 2 : step), false);
      }
    }

    /** Whether a flow collection would hold collections several levels deep (kept to block style). */
    private static boolean nested(Value v) {
      return depth(v) > 3;
    }

    private static int depth(Value v) {
      int d = 0;
      if (v instanceof Lst l) {
        for (Value x : l.items()) {
          d = Math.max(d, depth(x));
        }
        return d + 1;
      }
      if (v instanceof Obj o) {
        for (Value x : o.entries().values()) {
          d = Math.max(d, depth(x));
        }
        return d + 1;
      }
      return 0;
    }

    private String comment() {
      return r.nextInt(8) == 0 ? "  # " + COMMENTS[r.nextInt(COMMENTS.length)] : "";
    }

    private String flow(Value v) {
      if (v instanceof Str s) {
        return scalarText(s.text(), s.kind(), true);
      }
      if (v instanceof Num n) {
        return number(n);
      }
      if (v instanceof Bool b) {
        String[][] forms = {{"true", "false"}, {"yes", "no"}, {"on", "off"}, {"True", "False"}};
        String[] f = forms[r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0];
        return b.value() ? f[0] : f[1];
      }
      StringBuilder b = new StringBuilder();
      if (v instanceof Lst l) {
        b.append('[');
        for (int i = 0; i < l.items().size(); i++) {
          b.append(i == 0 ? "" : ", ").append(flow(l.items().get(i)));
        }
        return b.append(']').toString();
      }
      Obj o = (Obj) v;
      b.append('{');
      int i = 0;
      for (Map.Entry<String, Value> e : o.entries().entrySet()) {
        b.append(i++ == 0 ? "" : ", ").append(key(e.getKey(), true)).append(": ")
            .append(flow(e.getValue()));
      }
      return b.append('}').toString();
    }

    private String number(Num n) {
      if (!n.integral() || r.nextInt(6) > 0) {
        return n.text();
      }
      long v = Long.parseLong(n.text());
      return switch (r.nextInt(3)) {
        case 0 -> v >= 0 ? "0x" + Long.toHexString(v) : n.text();
        case 1 -> grouped(n.text());
        default -> v >= 0 ? "+" + v : n.text();
      };
    }

    private static String grouped(String digits) {
      boolean negative = digits.startsWith("-");
      String d = negative ? digits.substring(1) : digits;
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < d.length(); i++) {
        if (i > 0 && (d.length() - i) % 3 == 0) {
          b.append('_');
        }
        b.append(d.charAt(i));
      }
      return (negative ? "-" : "") + b;
    }

    /** A key or text value: plain when it reads back as the same text, else single- or double-quoted. */
    private String scalarText(String s, Kind kind, boolean flow) {
      boolean plainTime = kind == Kind.TIME && TIME.matcher(s).matches() && !flow;
      boolean plainDate = kind == Kind.DATE && DATE.matcher(s).matches();
      if ((plainTime || plainDate || plainText(s)) && r.nextInt(3) > 0) {
        return s;
      }
      if (singleQuotable(s) && r.nextInt(3) == 0) {
        return "'" + s.replace("'", "''") + "'";
      }
      return doubleQuoted(s);
    }

    /**
     * A key: the loader takes a plain key's text as written, whatever YAML would type it as (1, yes, 2025-07-01), so
     * any key of plain characters may stay unquoted but the merge key.
     */
    private String key(String s, boolean flow) {
      if (KEY.matcher(s).matches() && !s.equals("<<") && r.nextInt(3) > 0) {
        return s;
      }
      return scalarText(s, Kind.TEXT, flow);
    }

    private static boolean plainText(String s) {
      return PLAIN.matcher(s).matches() && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR)
          && !s.equals("<<");
    }

    /** Single quotes escape nothing but the quote: only for text YAML reads as written there. */
    private static boolean singleQuotable(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
            || c >= 0xFFFE) {
          return false;
        }
      }
      return !s.isEmpty() && s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ';
    }

    private static String doubleQuoted(String s) {
      StringBuilder b = new StringBuilder("\"");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          b.append('\\').append(c);
        } else if (c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
            || c >= 0xFFFE) {
          b.append(String.format("\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
      return b.append('"').toString();
    }
  }
}
