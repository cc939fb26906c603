package org.tourplan.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key paths of the format as the shipped JSON Schema names them (".group.size", ".zones.*.dwell.normal.mean",
 * ".travel[].from", ".season.phases[].schedule.monthly"), and the same paths of a scenario tree, so that a test can
 * ask whether some files hold every key. The schema agrees with the loader key for key (SchemaAgreementTest): a key
 * the loader learns is a key these paths have.
 */
final class SchemaKeys {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaKeys() {
  }

  /** Every named key path of the schema; maps of free keys (zone ids, dates, party sizes) are ".*". */
  static Set<String> named() {
    JsonNode schema;
    try {
      schema = JSON.readTree(FormatSchema.text());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> out = new TreeSet<>();
    walk(schema, schema, "", out, 0);
    return out;
  }

  private static void walk(JsonNode root, JsonNode n, String path, Set<String> out, int depth) {
    if (depth > 30 || !n.isObject()) {
      return;
    }
    if (n.has("$ref")) {
      walk(root, root.at(n.get("$ref").asText().substring(1)), path, out, depth + 1);
    }
    for (Iterator<Map.Entry<String, JsonNode>> i = n.path("properties").fields(); i.hasNext(); ) {
      Map.Entry<String, JsonNode> e = i.next();
      out.add(path + "." + e.getKey());
      walk(root, e.getValue(), path + "." + e.getKey(), out, depth + 1);
    }
    if (n.path("additionalProperties").isObject()) {
      walk(root, n.get("additionalProperties"), path + ".*", out, depth + 1);
    }
    for (JsonNode p : n.path("patternProperties")) {
      walk(root, p, path + ".*", out, depth + 1);
    }
    if (n.has("items")) {
      walk(root, n.get("items"), path + "[]", out, depth + 1);
    }
    for (String k : new String[] {"oneOf", "anyOf", "allOf"}) {
      for (JsonNode alt : n.path(k)) {
        walk(root, alt, path, out, depth + 1);
      }
    }
  }

  /** The named key paths (of {@code named}) that a scenario tree holds. */
  static Set<String> of(JsonNode tree, Set<String> named) {
    Set<String> out = new TreeSet<>();
    data(tree, "", named, out);
    return out;
  }

  private static void data(JsonNode n, String path, Set<String> named, Set<String> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> i = n.fields(); i.hasNext(); ) {
        Map.Entry<String, JsonNode> e = i.next();
        String child = path + "." + e.getKey();
        if (!named.contains(child)) {
          child = path + ".*";
        }
        if (named.contains(child)) {
          out.add(child);
        }
        data(e.getValue(), child, named, out);
      }
    } else if (n.isArray()) {
      for (JsonNode item : n) {
        data(item, path + "[]", named, out);
      }
    }
  }
}
