package org.tourplan.format;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Comment lines above chosen keys of YAML text that {@link ScenarioWriter} wrote, so that a written scenario can say
 * where a value came from without the writer knowing about comments: the text is composed by SnakeYAML, each key is
 * found by its path and its line, and {@code # ...} lines at the key's indentation go right above it. Only comments
 * are added; the keys and values, and so what the loader reads, are unchanged (a test loads the text back).
 */
public final class YamlComments {
  private YamlComments() {
  }

  /**
   * {@code yaml} with {@code comments} inserted: key path (the keys from the root, {@code [zones, line-1, dwell]})
   * -> its comment lines (without {@code #}). A path that is not in the text is an error of the caller.
   */
  public static String insert(String yaml, Map<List<String>, List<String>> comments) {
    Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    String[] lines = yaml.split("\n", -1);
    List<int[]> at = new ArrayList<>(); // {line, column, index into entries}
    List<List<String>> texts = new ArrayList<>();
    for (Map.Entry<List<String>, List<String>> e : comments.entrySet()) {
      Node key = find(root, e.getKey());
      if (key == null) {
        throw new IllegalArgumentException("no key " + e.getKey() + " in the written scenario");
      }
      at.add(new int[] {key.getStartMark().getLine(), key.getStartMark().getColumn(), texts.size()});
      texts.add(e.getValue());
    }
    at.sort(Comparator.comparingInt((int[] a) -> a[0]));
    StringBuilder out = new StringBuilder(yaml.length() + 256);
    int next = 0;
    for (int i = 0; i < lines.length; i++) {
      while (next < at.size() && at.get(next)[0] == i) {
        String indent = " ".repeat(at.get(next)[1]);
        for (String c : texts.get(at.get(next)[2])) {
          String clean = commentText(c);
          for (String w : wrap(clean, Math.max(40, WIDTH - indent.length() - 2))) {
            out.append(indent).append("# ").append(w).append('\n');
          }
        }
        next++;
      }
      out.append(lines[i]);
      if (i + 1 < lines.length) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * {@code text} fit for a comment line: YAML ends a comment at a line break, NEL (U+0085), U+2028 and U+2029, so
   * the rest of a name holding one would become content (a fitted file of such a name could not be read back); each
   * of them, and every other control character, becomes {@code ?}. ({@code \p{Cntrl}} alone is ASCII only: it
   * misses NEL.)
   */
  static String commentText(String text) {
    return text.replaceAll("[\\p{Cntrl}\u0080-\u009f\u2028\u2029]", "?");
  }

  /** Comment lines are wrapped at spaces to this width, indentation included. */
  public static final int WIDTH = 118;

  /** {@code text} cut at spaces into lines of at most {@code width} characters (a longer word stays whole). */
  public static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
    return out;
  }

  private static Node find(Node node, List<String> path) {
    Node at = node;
    Node key = null;
    for (String segment : path) {
      if (!(at instanceof MappingNode m)) {
        return null;
      }
      Node value = null;
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(segment)) {
          key = t.getKeyNode();
          value = t.getValueNode();
          break;
        }
      }
      if (value == null) {
        return null;
      }
      at = value;
    }
    return key;
  }
}
