package org.tourplan.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.Scenario;

/** The whole fit of a scenario's inputs to a site's records (docs/fit.md). */
public final class Fitter {
  private Fitter() {
  }

  /**
   * Fits the check-ins and, when the records have them, each zone's dwell and the boarding of {@code s} to
   * {@code r}; the bootstrap is seeded by {@code seed} and runs on {@code threads} threads with {@code bootstrap}
   * samples per candidate.
   */
  public static Fit fit(Scenario s, Records r, String checkinsFile, String zonesFile, long seed, int threads,
                        int bootstrap) {
    CheckinFit checkins = CheckinFit.of(r, s.group());
    Map<String, DurationFit> dwell = new LinkedHashMap<>();
    DurationFit board = null;
    Rides rides = null;
    if (r.visits() != null) {
      rides = Rides.of(s, r.tours(), r.visits());
      double res = r.visits().resolutionMinutes();
      List<String> ids = new ArrayList<>(s.zones().keySet());
      List<DurationFitter.Sample> samples = new ArrayList<>();
      List<String> fitted = new ArrayList<>();
      for (int z = 0; z < ids.size(); z++) {
        if (rides.dwell().get(z).length > 0) {
          samples.add(new DurationFitter.Sample(dwellKey(ids.get(z)), rides.dwell().get(z), res));
          fitted.add(ids.get(z));
        }
      }
      samples.add(new DurationFitter.Sample(Fit.BOARD_KEY, rides.excess(), res));
      List<DurationFit> fits = new DurationFitter(seed, threads, bootstrap).fit(samples);
      for (int i = 0; i < fitted.size(); i++) {
        dwell.put(fitted.get(i), fits.get(i));
      }
      board = fits.get(fits.size() - 1);
    }
    return new Fit(checkinsFile, zonesFile, checkins,
        r.visits() == null ? 0 : r.visits().rows(), r.visits() != null && r.visits().seconds(), dwell, board, rides,
        seed, bootstrap);
  }

  /** {@code zones.line-1.dwell}, quoted as key paths are when the id needs it. */
  public static String dwellKey(String zone) {
    return Paths.child(Paths.child("zones", zone), "dwell");
  }
}
