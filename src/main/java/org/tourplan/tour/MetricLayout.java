package org.tourplan.tour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tourplan.scenario.Scenario;

/**
 * The metrics a scenario produces, in the order of contract 2.6, each with a fixed index so that a month's results
 * are one {@code double[]} (NaN where the month has no observation). Every metric of contract 2.6 is always laid
 * out, so every results file holds all of them: those counted against a limit (waits over the limit, overruns, long
 * tours) or computed from exit data (evacuation) have no observation (NaN, so n = 0) when the scenario has no such
 * limit or data. Only the planned-mode metrics (a tourplan extension) exist in planned mode alone.
 */
public final class MetricLayout {
  final int visitors;
  final int places;
  final int tours;
  final int scheduled;
  final int cancelled;
  final int turnedAway;
  final int tourMinutes;
  final int tourMinutesMax;
  final int tourMinutesFromStart;
  final int[] zoneMeanWait;
  final int[] zoneMaxWait;
  final int[] zonePeak;
  final int[] zoneEntries;
  final int shuttleMeanWait;
  final int shuttleMaxWait;
  final int shuttleRides;
  final int rosterHeldShare;   // planned mode only, else -1
  final int unplannedRides;    // planned mode only, else -1
  final int guidesMeanWait;
  final int guidesMaxWait;
  final int floorPeak;
  final int evacuationMax;
  final int maxFloorWait;
  final int floorWaitsOverLimit;
  final int overrunTours;
  final int longTours;
  final int blackoutViolations;
  final int noiseDoseMax;
  /** Whether the scenario has what each limit-bound metric is computed from (else its months have no value). */
  final boolean hasEgress;
  final boolean hasWaitLimit;
  final boolean hasCloseTime;
  final boolean hasTourLimit;

  private final List<Metric> metrics = new ArrayList<>();

  /** Lays out the metrics of a scenario. */
  public MetricLayout(Scenario s) {
    visitors = add("visitorsPerMonth");
    places = add("placesPerMonth");
    tours = add("toursPerMonth");
    scheduled = add("scheduledTours");
    cancelled = add("cancelledTours");
    turnedAway = add("turnedAway");
    tourMinutes = add("tourMinutes");
    tourMinutesMax = add("tourMinutesMax");
    tourMinutesFromStart = add("tourMinutesFromStart");
    int nz = s.zones().size();
    zoneMeanWait = new int[nz];
    zoneMaxWait = new int[nz];
    zonePeak = new int[nz];
    zoneEntries = new int[nz];
    int z = 0;
    for (String id : s.zones().keySet()) {
      zoneMeanWait[z] = add("zones", id, "meanWaitMinutes");
      zoneMaxWait[z] = add("zones", id, "maxWaitMinutes");
      zonePeak[z] = add("zones", id, "peakVisitors");
      zoneEntries[z] = add("zones", id, "entries");
      z++;
    }
    shuttleMeanWait = add("shuttle", "meanWaitMinutes");
    shuttleMaxWait = add("shuttle", "maxWaitMinutes");
    shuttleRides = add("shuttle", "rides");
    boolean planned = s.shuttles().mode() == org.tourplan.scenario.Shuttles.Mode.PLANNED;
    rosterHeldShare = planned ? add("shuttle", "rosterHeldShare") : -1;
    unplannedRides = planned ? add("shuttle", "unplannedRides") : -1;
    guidesMeanWait = add("guides", "meanWaitMinutes");
    guidesMaxWait = add("guides", "maxWaitMinutes");
    floorPeak = add("floorPeakVisitors");
    hasEgress = s.zones().values().stream().anyMatch(zone -> zone.floor() && zone.egressPerMinute() != null);
    hasWaitLimit = s.limits().maxWaitMinutes() != null;
    hasCloseTime = s.limits().closeTime() != null;
    hasTourLimit = s.limits().maxTourMinutes() != null;
    evacuationMax = add("evacuationMinutesMax");
    maxFloorWait = add("maxFloorWaitMinutes");
    floorWaitsOverLimit = add("floorWaitsOverLimit");
    overrunTours = add("overrunTours");
    longTours = add("longTours");
    blackoutViolations = add("blackoutViolations");
    noiseDoseMax = add("noiseDoseMaxPercent");
  }

  private int add(String... path) {
    int index = metrics.size();
    metrics.add(new Metric(index, List.of(path)));
    return index;
  }

  /** Every metric, in output order. */
  public List<Metric> metrics() {
    return Collections.unmodifiableList(metrics);
  }

  /** Number of metrics (length of a month's value array). */
  public int size() {
    return metrics.size();
  }

  /** The metric with the given dotted path, or null (for tests and tables; zone ids with dots need {@link #find}). */
  public Metric byName(String dotted) {
    for (Metric m : metrics) {
      if (m.dotted().equals(dotted)) {
        return m;
      }
    }
    return null;
  }

  /** The metric with the given path segments, or null. */
  public Metric find(String... path) {
    List<String> wanted = List.of(path);
    for (Metric m : metrics) {
      if (m.path().equals(wanted)) {
        return m;
      }
    }
    return null;
  }

  /** Index of visitorsPerMonth. */
  public int visitors() { return visitors; }

  /** Index of placesPerMonth. */
  public int places() { return places; }
}
