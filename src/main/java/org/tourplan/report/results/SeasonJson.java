package org.tourplan.report.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.tourplan.run.SeasonResults;
import org.tourplan.output.AtomicFiles;

/**
 * The season results file (contract 4.3): {@code scenario}, {@code from}, {@code to}, {@code seed},
 * {@code replications}, {@code months.<YYYY-MM>} (that month's section 3 {@code metrics}, {@code target} and
 * {@code limitBreachProbability}; added: {@code phase}, {@code scheduledTours}, {@code invitations},
 * {@code limitBreachMonths}) and {@code lottery} (over the whole season; null without demand).
 */
public final class SeasonJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SeasonJson() {
  }

  /** The season results as a JSON tree. */
  public static ObjectNode tree(SeasonResults s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", s.scenario());
    root.put("from", s.from().toString());
    root.put("to", s.to().toString());
    root.put("seed", s.seed());
    root.put("replications", s.replications());
    ObjectNode months = root.putObject("months");
    for (SeasonResults.MonthResult m : s.months()) {
      ObjectNode full = ResultsJson.tree(m.results());
      ObjectNode o = months.putObject(m.month().month().toString());
      o.set("metrics", full.get("metrics"));
      o.set("target", full.get("target"));
      o.set("limitBreachProbability", full.get("limitBreachProbability"));
      o.set("limitBreachMonths", full.get("limitBreachMonths"));
      if (m.month().phase() < 0) {
        o.putNull("phase");
      } else {
        o.put("phase", s.phases().get(m.month().phase()).label());
      }
      o.put("scheduledTours", m.scheduledTours());
      o.put("invitations", m.invitations());
    }
    if (s.lottery() == null) {
      root.putNull("lottery");
    } else {
      root.set("lottery", LotteryJson.tree(s.lottery()));
    }
    return root;
  }

  /** The file's bytes (UTF-8, indented, newline-terminated). */
  public static byte[] bytes(SeasonResults s) {
    return ResultsJson.bytes(tree(s));
  }

  /** Writes the season results file atomically. */
  public static void write(SeasonResults s, Path file) throws IOException {
    AtomicFiles.write(file, bytes(s));
  }
}
