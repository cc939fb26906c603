package org.tourplan.report.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.sweep.Sweep;
import org.tourplan.output.AtomicFiles;
import org.tourplan.report.results.ResultsJson;
import org.tourplan.report.results.ToursCsv;

/**
 * The sweep's files: {@code sweep.json} (every variant's key figures and its full results file) and
 * {@code sweep.csv} (one row per variant). Nothing in them depends on where or how fast the months ran, so a
 * local run and a cluster run give byte-identical files. A variant that is not a valid scenario keeps its row, with
 * {@code valid: false}, the loader's {@code reason} and null (in the CSV: empty) figures.
 */
public final class SweepJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepJson() {
  }

  /** The sweep as a JSON tree. */
  public static ObjectNode tree(Sweep.Result s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    root.put("scenario", s.name());
    ArrayNode keys = root.putArray("varied");
    s.keys().forEach(keys::add);
    root.put("commonRandomNumbers", s.kind() == Sweep.Kind.SWEEP);
    if (s.best() >= 0) {
      root.put("best", s.rows().get(s.best()).variant().label());
    } else {
      root.putNull("best");
    }
    ArrayNode variants = root.putArray("variants");
    for (Sweep.Row row : s.rows()) {
      Results r = row.results();
      ObjectNode v = variants.addObject();
      v.put("label", row.variant().label());
      ObjectNode settings = v.putObject("settings");
      row.variant().settings().forEach(settings::put);
      v.put("valid", row.valid());
      if (!row.valid()) {
        v.put("reason", row.variant().reason());
        ArrayNode problems = v.putArray("problems");
        row.variant().problems().forEach(problems::add);
        for (String k : List.of("seed", "replications", "visitorsPerMonth", "turnedAwayPerMonth",
            "targetMetProbability", "targetMet", "limitBreachProbability", "anyLimitBreachProbability", "safety",
            "cost", "results")) {
          v.putNull(k);
        }
        continue;
      }
      v.putNull("reason");
      v.set("problems", MAPPER.createArrayNode());
      v.put("seed", r.seed());
      v.put("replications", r.replications());
      Results.MetricResult visitors = r.metric("visitorsPerMonth");
      v.set("visitorsPerMonth", ResultsJson.summary(visitors.summary()));
      v.set("turnedAwayPerMonth", ResultsJson.summary(r.metric("turnedAway").summary()));
      if (r.target() == null) {
        v.putNull("targetMetProbability");
        v.putNull("targetMet");
      } else {
        v.put("targetMetProbability", r.target().probability());
        v.put("targetMet", r.target().met());
      }
      ObjectNode breach = v.putObject("limitBreachProbability");
      for (Results.BreachResult b : r.breaches()) {
        breach.put(b.rule().name(), b.probability());
      }
      v.put("anyLimitBreachProbability", row.anyBreachProbability());
      v.put("safety", row.safety().label());
      ObjectNode cost = v.putObject("cost");
      cost.put("perMonth", row.cost().cost());
      cost.put("currency", row.cost().costs().currency());
      cost.put("tours", row.cost().tours());
      cost.put("daysWithTours", row.cost().days());
      double mean = visitors.summary().mean();
      if (mean > 0) {
        cost.put("perVisitor", row.cost().cost() / mean);
      } else {
        cost.putNull("perVisitor");
      }
      v.set("results", ResultsJson.tree(r));
    }
    return root;
  }

  /** The JSON file's bytes. */
  public static byte[] bytes(Sweep.Result s) {
    try {
      return (MAPPER.writeValueAsString(tree(s)) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the JSON file atomically. */
  public static void write(Sweep.Result s, Path file) throws IOException {
    AtomicFiles.write(file, bytes(s));
  }

  /** Every limit of any variant, in order of first appearance. */
  static List<String> limits(Sweep.Result s) {
    Set<String> out = new LinkedHashSet<>();
    for (Sweep.Row row : s.validRows()) {
      row.results().breaches().forEach(b -> out.add(b.rule().name()));
    }
    return new ArrayList<>(out);
  }

  /**
   * sweep.csv: one row per variant (RFC 4180 quoting; numbers in plain ASCII; text a spreadsheet would run as a
   * formula gets a leading apostrophe, as in tours.csv). The last two columns say whether the variant is a valid
   * scenario and, when not, the loader's reason; such a row has empty figures.
   */
  public static byte[] csv(Sweep.Result s) {
    List<String> limits = limits(s);
    StringBuilder b = new StringBuilder();
    List<String> head = new ArrayList<>(List.of("variant"));
    s.keys().forEach(k -> head.add(ToursCsv.text(k)));
    head.addAll(List.of("seed", "replications", "visitors_mean", "visitors_ci95_low", "visitors_ci95_high", "turned_away_mean",
        "target_probability", "target_met"));
    limits.forEach(l -> head.add("breach_" + l));
    head.addAll(List.of("any_breach_probability", "safety", "tours", "cost_per_month", "cost_per_visitor",
        "valid", "reason"));
    line(b, head);
    for (Sweep.Row row : s.rows()) {
      List<String> cells = new ArrayList<>(List.of(ToursCsv.text(row.variant().label())));
      for (String k : s.keys()) {
        cells.add(ToursCsv.text(row.variant().settings().getOrDefault(k, "")));
      }
      if (!row.valid()) {
        while (cells.size() < head.size() - 2) {
          cells.add("");
        }
        cells.add("false");
        cells.add(ToursCsv.text(row.variant().reason()));
        line(b, cells);
        continue;
      }
      Results r = row.results();
      Summary v = r.metric("visitorsPerMonth").summary();
      cells.add(Long.toString(r.seed()));
      cells.add(Integer.toString(r.replications()));
      cells.add(num(v.mean()));
      cells.add(num(v.ciLow()));
      cells.add(num(v.ciHigh()));
      cells.add(num(r.metric("turnedAway").summary().mean()));
      cells.add(r.target() == null ? "" : num(r.target().probability()));
      cells.add(r.target() == null ? "" : Boolean.toString(r.target().met()));
      for (String l : limits) {
        cells.add(r.breaches().stream().filter(x -> x.rule().name().equals(l)).findFirst()
            .map(x -> num(x.probability())).orElse(""));
      }
      cells.add(num(row.anyBreachProbability()));
      cells.add(row.safety().label());
      cells.add(Integer.toString(row.cost().tours()));
      cells.add(num(row.cost().cost()));
      cells.add(v.mean() > 0 ? num(row.cost().cost() / v.mean()) : "");
      cells.add("true");
      cells.add("");
      line(b, cells);
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String num(double d) {
    return Double.isFinite(d) ? Double.toString(d) : "";
  }

  private static void line(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    b.append("\r\n");
  }
}
