package org.tourplan.report.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.tourplan.fit.CheckinFit;
import org.tourplan.fit.DurationFit;
import org.tourplan.fit.Fit;
import org.tourplan.fit.Rides;
import org.tourplan.scenario.Scenario;

/**
 * {@code fit.json}: the fit's numbers for tools. Keys: {@code scenario}, {@code checkinsFile}, {@code zonesFile},
 * {@code seed}, {@code bootstrap}, {@code replaced}, {@code checkins} (rows, tours, first, last, noShows,
 * noShowRate with {@code ci95}, {@code partySizes} with each size's share and simultaneous interval,
 * {@code independenceP}, tours over maxSize, turnedAway, largestTour), {@code durations} (per key: n, mean with
 * {@code ci95}, sd, verdict, the written family, and every candidate with its parameters as written, lnL, AIC,
 * deltaAic, ks and p) and {@code rides} (per leg). A number that is not finite is null.
 */
final class FitJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FitJson() {
  }

  static byte[] bytes(Scenario s, Fit f, List<String> replaced) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("scenario", s.name());
    root.put("checkinsFile", f.checkinsFile());
    root.put("zonesFile", f.zonesFile());
    root.put("seed", f.seed());
    root.put("bootstrap", f.bootstrap());
    ArrayNode rep = root.putArray("replaced");
    replaced.forEach(rep::add);
    CheckinFit c = f.checkins();
    ObjectNode ch = root.putObject("checkins");
    ch.put("rows", c.rows());
    ch.put("tours", c.tours());
    ch.put("first", String.valueOf(c.first()));
    ch.put("last", String.valueOf(c.last()));
    ch.put("noShows", c.noShows());
    num(ch, "noShowRate", c.noShowRate());
    pair(ch, "noShowRateCi95", c.noShowLow(), c.noShowHigh());
    ArrayNode sizes = ch.putArray("partySizes");
    for (CheckinFit.PartySize p : c.sizes()) {
      ObjectNode o = sizes.addObject();
      o.put("persons", p.persons());
      o.put("parties", p.parties());
      num(o, "share", p.share());
      pair(o, "simultaneousCi95", p.low(), p.high());
      o.put("noShows", p.noShows());
      num(o, "scenarioWeight", p.scenario());
    }
    num(ch, "independenceP", c.independenceP());
    ch.put("scenarioInvitedPerTour", c.scenarioInvited());
    ObjectNode inv = ch.putObject("toursByInvitedParties");
    c.invitedPerTour().forEach((k, v) -> inv.put(String.valueOf(k), v));
    ch.put("maxSize", c.maxSize());
    ch.put("cancelledTours", c.cancelled());
    ch.put("toursOverMaxSize", c.toursOverMax());
    ch.put("turnedAway", c.turnedAway());
    ch.put("largestTour", c.largestTour());
    num(ch, "meanTourPersons", c.meanTourPersons());
    ObjectNode durations = root.putObject("durations");
    for (Map.Entry<String, DurationFit> e : FitReportWriter.samples(f).entrySet()) {
      DurationFit d = e.getValue();
      ObjectNode o = durations.putObject(e.getKey());
      o.put("n", d.n());
      num(o, "mean", d.mean());
      pair(o, "meanCi95", d.meanLow(), d.meanHigh());
      num(o, "sd", d.sd());
      o.put("verdict", d.verdict().name().toLowerCase(java.util.Locale.ROOT));
      o.put("written", d.chosen() == null ? null : d.chosen().fit().describe());
      ArrayNode cands = o.putArray("candidates");
      for (DurationFit.Candidate k : d.candidates()) {
        ObjectNode x = cands.addObject();
        x.put("family", k.fit().family().word());
        x.put("parameters", k.fit().describe());
        num(x, "logLikelihood", k.fit().logLikelihood());
        num(x, "aic", k.fit().aic());
        num(x, "deltaAic", k.deltaAic());
        num(x, "ks", k.ks());
        num(x, "p", k.p());
      }
    }
    if (f.rides() != null) {
      ArrayNode legs = root.putArray("rides");
      for (Rides.Leg l : f.rides().legs()) {
        legs.addObject().put("from", l.from()).put("to", l.to()).put("travel", l.travel()).put("rides", l.rides())
            .put("used", l.used()).put("queued", l.queued()).put("vehiclesBusy", l.vehicles())
            .put("shorterThanTravel", l.shorter());
      }
    }
    return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void pair(ObjectNode o, String key, double lo, double hi) {
    ArrayNode a = o.putArray(key);
    for (double v : new double[] {lo, hi}) {
      if (Double.isFinite(v)) {
        a.add(v);
      } else {
        a.addNull();
      }
    }
  }

  private static void num(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }
}
