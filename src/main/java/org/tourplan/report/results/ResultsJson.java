package org.tourplan.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.run.Warnings;
import org.tourplan.output.AtomicFiles;

/**
 * The results file of contract section 3: {@code scenario}, {@code month}, {@code seed}, {@code replications},
 * {@code metrics} (nested by path, each a contract 2.7 summary), {@code target}, {@code limitBreachProbability},
 * {@code demand}, {@code lottery} (contract 4.3: null without demand); plus {@code limitBreachMonths} (months breaching
 * each limit: what the probability rests on) and {@code warnings} (metrics with months that are not meaningful, see
 * {@link Warnings}; empty when none). A number that is not finite is written as null, never as "Infinity" or "NaN".
 * Built as a Jackson tree so keys keep their order and text is always escaped by the library.
 */
public final class ResultsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultsJson() {
  }

  /** The results as a JSON tree. */
  public static ObjectNode tree(Results r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", r.scenario());
    root.put("month", r.month().toString());
    root.put("seed", r.seed());
    root.put("replications", r.replications());
    ObjectNode metrics = root.putObject("metrics");
    for (Results.MetricResult m : r.metrics()) {
      ObjectNode parent = metrics;
      List<String> path = m.path();
      for (int i = 0; i < path.size() - 1; i++) {
        JsonNode child = parent.get(path.get(i));
        parent = child instanceof ObjectNode o ? o : parent.putObject(path.get(i));
      }
      parent.set(path.get(path.size() - 1), summary(m.summary()));
    }
    if (r.target() == null) {
      root.putNull("target");
    } else {
      Results.TargetResult t = r.target();
      ObjectNode target = root.putObject("target");
      number(target, "visitorsPerMonth", t.goal());
      target.put("unit", t.unit().name().toLowerCase(Locale.ROOT));
      target.put("confidence", t.confidence());
      target.put("monthsMet", t.monthsMet());
      number(target, "targetMetProbability", t.probability());
      target.put("targetMet", t.met());
    }
    ObjectNode breach = root.putObject("limitBreachProbability");
    ObjectNode months = MAPPER.createObjectNode();
    for (Results.BreachResult b : r.breaches()) {
      number(breach, b.rule().name(), b.probability());
      months.put(b.rule().name(), b.monthsBreached());
    }
    if (r.demand() == null) {
      root.putNull("demand");
    } else {
      ObjectNode demand = root.putObject("demand");
      number(demand, "applicationsPerMonth", r.demand().applicationsPerMonth());
      demand.put("scheduledTours", r.demand().scheduledTours());
      number(demand, "winProbability", r.demand().winProbability());
    }
    if (r.lottery() == null) {
      root.putNull("lottery");
    } else {
      root.set("lottery", LotteryJson.tree(r.lottery()));
    }
    root.set("limitBreachMonths", months);
    ArrayNode warnings = root.putArray("warnings");
    for (Warnings.Warning w : Warnings.of(r)) {
      ObjectNode o = warnings.addObject();
      o.put("metric", w.metric());
      o.put("months", w.months());
      number(o, "worst", w.worst());
      o.put("message", w.message());
    }
    return root;
  }

  /** A contract 2.7 summary object; undefined values are null. */
  public static ObjectNode summary(Summary s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("n", s.n());
    number(o, "mean", s.mean());
    number(o, "sd", s.sd());
    ArrayNode ci = o.putArray("ci95");
    if (!Double.isFinite(s.ciLow()) || !Double.isFinite(s.ciHigh())) {
      ci.addNull();
      ci.addNull();
    } else {
      ci.add(s.ciLow());
      ci.add(s.ciHigh());
    }
    number(o, "p05", s.p05());
    number(o, "p50", s.p50());
    number(o, "p95", s.p95());
    number(o, "min", s.min());
    number(o, "max", s.max());
    return o;
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  /** The results file's bytes (UTF-8, indented, newline-terminated). */
  public static byte[] bytes(Results r) {
    return bytes(tree(r));
  }

  /** A results tree as a file's bytes: UTF-8, indented, newline-terminated (every results file of tourplan). */
  static byte[] bytes(ObjectNode tree) {
    try {
      byte[] body = MAPPER.writeValueAsBytes(tree);
      byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
      out[body.length] = '\n';
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise results", e);
    }
  }

  /** Writes the results file atomically. */
  public static void write(Results r, Path file) throws IOException {
    AtomicFiles.write(file, bytes(r));
  }
}
