package org.tourplan.fit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;

/**
 * The scenario with the fitted keys replaced, and the comment each replaced key gets in the written file. Replaced:
 * {@code group.noShowRate} and {@code group.partySize} (always: the check-ins are required), each zone's
 * {@code dwell} with at least {@link DurationFitter#MIN_SAMPLE} visits, and {@code shuttles.boardMinutes} when the
 * rides measure boarding alone (dedicated mode) and enough rides are clean. Everything else is the input's.
 *
 * @param scenario the fitted scenario
 * @param comments key path (as segments, {@code [zones, line-1, dwell]}) -> the comment lines written above it
 * @param replaced the key paths replaced, in file order
 * @param kept     key paths that could have been fitted but were kept, with the reason
 */
public record FittedScenario(Scenario scenario, Map<List<String>, List<String>> comments, List<String> replaced,
                             Map<String, String> kept) {

  /** Replaces the fitted keys of {@code s} by the values of {@code f}. */
  public static FittedScenario of(Scenario s, Fit f) {
    Map<List<String>, List<String>> comments = new LinkedHashMap<>();
    List<String> replaced = new ArrayList<>();
    Map<String, String> kept = new LinkedHashMap<>();
    CheckinFit c = f.checkins();
    Group g = s.group();
    SortedMap<Integer, Double> weights = new TreeMap<>();
    for (CheckinFit.PartySize p : c.sizes()) {
      if (p.parties() > 0) {
        weights.put(p.persons(), round(p.share()));
      }
    }
    // a maxSize the file left to its default stays so: size x the largest party, which the fit may have changed
    boolean defaultMax = s.plan() != null && s.plan().maxSizeFromFile() == null && !weights.isEmpty();
    int maxSize = defaultMax ? (int) Math.min(Integer.MAX_VALUE, (long) g.size() * weights.lastKey()) : g.maxSize();
    Group fitted = new Group(g.size(), weights, round(c.noShowRate()), g.overbook(), maxSize);
    comments.put(List.of("group", "partySize"), FitWords.partySizeComment(f, g));
    comments.put(List.of("group", "noShowRate"), FitWords.noShowComment(f, g));
    replaced.add("group.partySize");
    replaced.add("group.noShowRate");
    Map<String, Zone> zones = new LinkedHashMap<>();
    for (Zone z : s.zones().values()) {
      DurationFit d = f.dwell().get(z.id());
      String key = Fitter.dwellKey(z.id());
      if (d == null) {
        if (f.zonesFile() != null) {
          kept.put(key, FitWords.noVisits());
        }
        zones.put(z.id(), z);
      } else if (d.chosen() == null) {
        kept.put(key, FitWords.tooFew(d.n(), "visits"));
        zones.put(z.id(), z);
      } else {
        zones.put(z.id(), new Zone(z.id(), z.capacity(), z.maxGroups(), z.headway(), d.chosen().fit().written(),
            z.floor(), z.egressPerMinute(), z.noiseDbA()));
        comments.put(List.of("zones", z.id(), "dwell"), FitWords.durationComment(f, d, z.dwell(), "visits"));
        replaced.add(key);
      }
    }
    Shuttles sh = s.shuttles();
    Distribution board = sh.boardMinutes();
    if (f.board() != null) {
      if (!f.rides().boardingOnly()) {
        kept.put(Fit.BOARD_KEY, FitWords.sharedVehicles(sh.mode()));
      } else if (f.board().chosen() == null) {
        kept.put(Fit.BOARD_KEY, FitWords.tooFew(f.board().n(), "clean rides"));
      } else {
        board = f.board().chosen().fit().written();
        comments.put(List.of("shuttles", "boardMinutes"), FitWords.durationComment(f, f.board(), sh.boardMinutes(),
            "clean rides"));
        replaced.add(Fit.BOARD_KEY);
      }
    }
    Shuttles shuttles = new Shuttles(sh.vehicles(), sh.seats(), board, sh.mode(), sh.depot(), sh.planIterations());
    Scenario out = s.toBuilder().group(fitted).zones(zones).shuttles(shuttles).build();
    return new FittedScenario(out, comments, List.copyOf(replaced), kept);
  }

  /** Four significant digits: a no-show rate of 0.04987 is written 0.04987, a weight of 0.8 as 0.8. */
  static double round(double v) {
    return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(4)).doubleValue();
  }
}
