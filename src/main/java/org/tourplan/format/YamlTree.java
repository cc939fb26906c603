package org.tourplan.format;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tourplan.format.SourceTree.Entry;
import org.tourplan.format.SourceTree.Failure;
import org.tourplan.format.SourceTree.Kind;
import org.tourplan.format.SourceTree.ListNode;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.format.SourceTree.Scalar;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into a {@link SourceTree} from SnakeYAML's composed node graph, so that anchors, aliases and merge
 * keys ({@code <<: *base}) are resolved while every value keeps its line. Jackson's YAML parser cannot do this: it
 * hands an alias back as the text of its name.
 *
 * <p>Hostile files are refused, never expanded without bound: SnakeYAML limits nesting and refuses recursive keys
 * while composing; this reader refuses an alias that contains itself and stops once aliases have produced more
 * than {@link #MAX_ALIAS_NODES} values (an alias bomb composes to a small graph but expands exponentially).
 *
 * <p>Scalars are typed as Jackson typed them (YAML 1.1 through SnakeYAML's resolver), so a file means what it
 * meant before: {@code yes} is a boolean, {@code 0x1F} a number, and an unquoted {@code 10:00} is text, not the
 * sexagesimal number 600.
 */
final class YamlTree {
  private YamlTree() { }

  /** Most values that aliases may produce in one file: far above any real scenario, far below a bomb. */
  static final int MAX_ALIAS_NODES = 50_000;

  /** Longest key SnakeYAML reads without an explicit {@code ? } marker. */
  static final int MAX_SIMPLE_KEY = 1024;

  private static final Resolver RESOLVER = new Resolver();
  private static final Pattern TRUE = Pattern.compile("yes|Yes|YES|true|True|TRUE|on|On|ON");
  private static final Pattern FALSE = Pattern.compile("no|No|NO|false|False|FALSE|off|Off|OFF");

  /** Reads the single document of {@code text}; null when the text holds no document. */
  static Node read(String text) throws Failure {
    LineTable lines = new LineTable(text);
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(SourceTree.MAX_DEPTH);
    options.setCodePointLimit(Math.max(1, text.length() + 1));
    options.setMaxAliasesForCollections(10_000); // the expansion itself is bounded below by MAX_ALIAS_NODES
    options.setProcessComments(false);
    org.yaml.snakeyaml.nodes.Node root;
    ParserImpl parser = null;
    try {
      parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
      Composer composer = new Composer(parser, new Resolver(), options);
      if (!composer.checkNode()) {
        return null;
      }
      root = composer.getNode();
      if (composer.checkNode()) {
        throw new Failure(null, null,
            "the file holds more than one document or top-level value; a scenario is a single map");
      }
    } catch (MarkedYAMLException e) {
      throw syntax(e, text, lines);
    } catch (ReaderException e) {
      throw new Failure(lines.lineOf(e.getPosition()) + 1, null, String.format(Locale.ROOT,
          "found the character U+%04X, which YAML does not allow in a file; remove it", e.getCodePoint()));
    } catch (YAMLException e) {
      throw limit(e, at(parser, lines));
    } catch (StackOverflowError e) {
      throw new Failure(null, null, "the file is nested too deeply");
    } catch (RuntimeException e) {
      throw new Failure(null, null, "cannot read the file: " + clean(e.getMessage()));
    }
    return new Converter(lines).convert(root, 0, false);
  }

  // ------------------------------------------------------------------------------------------------ conversion

  private static final class Converter {
    private final LineTable lines;
    private final Set<org.yaml.snakeyaml.nodes.Node> seen = java.util.Collections.newSetFromMap(
        new IdentityHashMap<>());
    private final Set<org.yaml.snakeyaml.nodes.Node> open = java.util.Collections.newSetFromMap(
        new IdentityHashMap<>());
    private final Deque<String> path = new ArrayDeque<>();
    private int aliasNodes;

    Converter(LineTable lines) {
      this.lines = lines;
    }

    /** @param repeated whether this value is reached a second time (through an alias) */
    Node convert(org.yaml.snakeyaml.nodes.Node n, int depth, boolean repeated) throws Failure {
      int line = lines.line(n.getStartMark());
      if (depth > SourceTree.MAX_DEPTH) {
        throw new Failure(line, pathString(), "nested more than " + SourceTree.MAX_DEPTH + " levels deep");
      }
      boolean again = !seen.add(n) || repeated;
      if (again && ++aliasNodes > MAX_ALIAS_NODES) {
        throw new Failure(line, pathString(), "YAML aliases (*name) expand to more than "
            + String.format(Locale.ROOT, "%,d", MAX_ALIAS_NODES) + " values (an alias bomb?); write the values out "
            + "or use fewer nested aliases");
      }
      Tag implicit = n instanceof ScalarNode sn ? (sn.isPlain() ? RESOLVER.resolve(NodeId.scalar, sn.getValue(), true)
          : Tag.STR) : n instanceof SequenceNode ? Tag.SEQ : Tag.MAP;
      if (!n.getTag().equals(implicit) && !n.getTag().equals(Tag.MERGE)) {
        throw new Failure(line, pathString(), "found the YAML tag " + Text.key(shown(n.getTag())) + ", which "
            + "changes what the value is; tags are not part of the scenario format: remove it (quote text, write "
            + "numbers and true/false plainly)");
      }
      if (n instanceof ScalarNode s) {
        return scalar(s, line);
      }
      if (!open.add(n)) {
        throw new Failure(line, pathString(), "a YAML alias refers to a value that contains it (a recursive "
            + "alias); expected a value that ends");
      }
      Node out;
      if (n instanceof SequenceNode seq) {
        List<Node> items = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
          path.push("[" + items.size() + "]");
          items.add(convert(item, depth + 1, again));
          path.pop();
        }
        out = new ListNode(line, items);
      } else {
        out = map((MappingNode) n, line, depth, again);
      }
      open.remove(n);
      return out;
    }

    private MapNode map(MappingNode m, int line, int depth, boolean again) throws Failure {
      Map<String, Entry> entries = new LinkedHashMap<>();
      List<MappingNode> merged = new ArrayList<>();
      Integer mergeLine = null;
      for (NodeTuple t : m.getValue()) {
        org.yaml.snakeyaml.nodes.Node k = t.getKeyNode();
        int keyLine = lines.line(k.getStartMark());
        if (k instanceof ScalarNode ks && ks.getTag().equals(Tag.MERGE) && ks.isPlain()) {
          if (mergeLine != null) { // a duplicate key like any other: the first once won silently
            path.push("<<");
            Failure f = new Failure(keyLine, pathString(), "duplicate merge key `<<` (first at line " + mergeLine
                + "); merge several maps with one key and a list: <<: [*first, *second] (earlier maps win)");
            path.pop();
            throw f;
          }
          mergeLine = keyLine;
          merged.addAll(mergeSources(t.getValueNode(), keyLine));
          continue;
        }
        String key = key(k, keyLine);
        path.push(Paths.key(key));
        Entry first = entries.get(key);
        if (first != null) {
          throw new Failure(keyLine, pathString(),
              "duplicate key " + Text.key(key) + " (first at line " + first.line() + ")");
        }
        entries.put(key, new Entry(key, keyLine, convert(t.getValueNode(), depth + 1, again)));
        path.pop();
      }
      // YAML merge keys: keys written in this map win, then earlier merged maps win over later ones
      for (MappingNode source : merged) {
        if (!open.add(source)) {
          throw new Failure(line, pathString(), "a YAML merge (<<) refers to a map that contains it (a recursive "
              + "alias); expected a map that ends");
        }
        MapNode from = map(source, lines.line(source.getStartMark()), depth, true);
        open.remove(source);
        from.entries().forEach(entries::putIfAbsent);
      }
      return new MapNode(line, entries);
    }

    private List<MappingNode> mergeSources(org.yaml.snakeyaml.nodes.Node v, int keyLine) throws Failure {
      if (v instanceof MappingNode mm) {
        return List.of(mm);
      }
      if (v instanceof SequenceNode s && s.getValue().stream().allMatch(i -> i instanceof MappingNode)) {
        List<MappingNode> out = new ArrayList<>();
        s.getValue().forEach(i -> out.add((MappingNode) i));
        return out;
      }
      path.push("<<");
      Failure f = new Failure(keyLine, pathString(), "a YAML merge key (<<) needs a map or a list of maps, "
          + "such as <<: *defaults");
      path.pop();
      throw f;
    }

    private String key(org.yaml.snakeyaml.nodes.Node k, int keyLine) throws Failure {
      if (k instanceof ScalarNode s) {
        return s.getValue();
      }
      if (open.contains(k)) {
        throw new Failure(keyLine, pathString(), "a map key refers to a value that contains it (a recursive key); "
            + "expected keys that are text");
      }
      throw new Failure(keyLine, pathString(), "found a " + (k.getNodeId() == NodeId.sequence ? "list" : "map")
          + " as a key, expected text");
    }

    private String pathString() {
      StringBuilder b = new StringBuilder();
      var it = path.descendingIterator();
      while (it.hasNext()) {
        String part = it.next();
        if (b.length() > 0 && !part.startsWith("[")) {
          b.append('.');
        }
        b.append(part);
      }
      return b.length() == 0 ? null : b.toString();
    }
  }

  /** A tag as it is written: {@code !!int} for YAML's own, {@code !name} for a local one. */
  private static String shown(Tag tag) {
    String v = tag.getValue();
    return v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v;
  }

  // ------------------------------------------------------------------------------------------------ scalars

  /** Types a scalar the way Jackson's YAML parser did, from its tag (resolved or explicit). */
  static Scalar scalar(ScalarNode s, int line) {
    String v = s.getValue();
    Tag tag = s.getTag();
    boolean implicit = s.isPlain() && RESOLVER.resolve(NodeId.scalar, v, true).equals(tag);
    if (tag.equals(Tag.NULL)) {
      return new Scalar(line, Kind.NULL, "null", null, false);
    }
    if (tag.equals(Tag.BOOL)) {
      if (TRUE.matcher(v).matches() || FALSE.matcher(v).matches()) {
        return new Scalar(line, Kind.BOOLEAN, TRUE.matcher(v).matches() ? "true" : "false", null, false);
      }
    } else if (tag.equals(Tag.INT)) {
      BigDecimal n = v.indexOf(':') >= 0 ? null : integer(v);
      if (n != null) {
        return new Scalar(line, Kind.NUMBER, v, n, false);
      }
    } else if (tag.equals(Tag.FLOAT)) {
      return new Scalar(line, Kind.NUMBER, v, decimal(v), false); // null: .inf, .nan, 1:30.5
    } else if (tag.equals(Tag.BINARY)) {
      return new Scalar(line, Kind.BINARY, "", null, false);
    }
    return new Scalar(line, Kind.STRING, v, null, implicit);
  }

  /** YAML 1.1 integers: underscores, sign, 0x hex, 0b binary, leading-0 octal. */
  private static BigDecimal integer(String text) {
    String t = text.replace("_", "");
    boolean negative = t.startsWith("-");
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    try {
      BigInteger n;
      if (t.startsWith("0x")) {
        n = new BigInteger(t.substring(2), 16);
      } else if (t.startsWith("0b")) {
        n = new BigInteger(t.substring(2), 2);
      } else if (t.length() > 1 && t.startsWith("0")) {
        n = new BigInteger(t.substring(1), 8);
      } else {
        n = new BigInteger(t);
      }
      return new BigDecimal(negative ? n.negate() : n);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal decimal(String text) {
    String t = text.replace("_", "");
    if (t.indexOf(':') >= 0 || t.toLowerCase(Locale.ROOT).contains("inf") || t.toLowerCase(Locale.ROOT)
        .contains("nan")) {
      return null;
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------------ errors

  private static Failure syntax(MarkedYAMLException m, String text, LineTable lines) {
    Mark problem = m.getProblemMark();
    Mark context = m.getContextMark();
    if (m.getContext() != null && m.getContext().contains("simple key") && context != null) {
      String key = lines.restOfLine(text, context);
      if (Text.length(key) > MAX_SIMPLE_KEY) {
        return new Failure(lines.line(context), Paths.key(key), "the key " + Text.key(key) + " has "
            + String.format(Locale.ROOT, "%,d", Text.length(key)) + " characters, more than YAML's limit of "
            + MAX_SIMPLE_KEY + " for a key; expected a shorter key");
      }
    }
    StringBuilder msg = new StringBuilder("YAML syntax error");
    Integer line = null;
    if (problem != null) {
      line = lines.line(problem);
      msg.append(" at column ").append(lines.column(problem)).append(": ");
    } else {
      msg.append(": ");
    }
    if (m.getContext() != null) {
      msg.append(m.getContext()).append(": ");
    }
    msg.append(m.getProblem() == null ? "unreadable YAML" : m.getProblem());
    if (m.getProblem() != null && m.getProblem().contains("Nesting Depth")) {
      return new Failure(line, null, "nested more than " + SourceTree.MAX_DEPTH + " levels deep");
    }
    return new Failure(line, null, clean(msg.toString()));
  }

  /** The line the parser stopped at, or null. */
  private static Integer at(ParserImpl parser, LineTable lines) {
    try {
      return parser == null || parser.peekEvent() == null ? null : lines.line(parser.peekEvent().getStartMark());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** SnakeYAML's own limits, raised without a position: {@code line} is where the parser stopped. */
  private static Failure limit(YAMLException e, Integer line) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("Nesting Depth")) {
      return new Failure(line, null, "nested more than " + SourceTree.MAX_DEPTH + " levels deep");
    }
    if (m.contains("Recursive key")) {
      return new Failure(line, null, "a map key refers to the map that holds it (a recursive key); expected "
          + "keys that are text");
    }
    if (m.contains("aliases for non-scalar")) {
      return new Failure(line, null, "too many YAML aliases (*name) to lists and maps; write the values out");
    }
    if (m.contains("code points")) {
      return new Failure(null, null, "the file is too large");
    }
    return new Failure(null, null, "cannot read the file: " + clean(m));
  }

  /** One line of plain text, escaped and bounded. */
  static String clean(String m) {
    String s = m == null ? "unreadable YAML" : m;
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl);
    }
    s = s.trim();
    if (s.length() > 200) {
      s = s.substring(0, 200) + "...";
    }
    return Text.escape(s);
  }
}
