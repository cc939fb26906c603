package org.tourplan.tour;

import java.util.Arrays;
import org.tourplan.engine.Tally;
import org.tourplan.engine.TimeWeighted;

/**
 * The figures of the month being simulated (contract 2.6), recorded by the groups as things happen and laid out
 * by {@link MetricLayout} at the end. Streaming only: counts, tallies and time-weighted maxima allocated once and
 * reset between months, so recording allocates nothing.
 */
final class MonthStats {
  private final TourSetup s;
  private final Tally[] zoneWait;
  private final TimeWeighted[] inside;
  private final TimeWeighted[] floorAt;
  private final TimeWeighted floorTotal = new TimeWeighted(0, 0);
  private final Tally shuttleWait = new Tally();
  private final Tally guideWait = new Tally();
  private final Tally tourMinutes = new Tally();
  private final Tally fromStart = new Tally();
  private int visitors;
  private int places;
  private int cancelled;
  private int turnedAway;
  private int rides;
  private int blackoutViolations;
  private int overruns;
  private int longTours;
  private double maxFloorWait;
  private boolean anyFloorWait;
  private int floorWaitsOver;
  private double noiseMax;

  MonthStats(TourSetup s) {
    this.s = s;
    int nz = s.zoneIds.length;
    zoneWait = new Tally[nz];
    inside = new TimeWeighted[nz];
    floorAt = new TimeWeighted[nz];
    for (int z = 0; z < nz; z++) {
      zoneWait[z] = new Tally();
      inside[z] = new TimeWeighted(0, 0);
      floorAt[z] = new TimeWeighted(0, 0);
    }
  }

  void reset() {
    for (int z = 0; z < zoneWait.length; z++) {
      zoneWait[z].reset();
      inside[z].reset(0, 0);
      floorAt[z].reset(0, 0);
    }
    floorTotal.reset(0, 0);
    shuttleWait.reset();
    guideWait.reset();
    tourMinutes.reset();
    fromStart.reset();
    visitors = 0;
    places = 0;
    cancelled = 0;
    turnedAway = 0;
    rides = 0;
    blackoutViolations = 0;
    overruns = 0;
    longTours = 0;
    maxFloorWait = 0;
    anyFloorWait = false;
    floorWaitsOver = 0;
    noiseMax = 0;
  }

  /** A tour checked in: {@code persons} in {@code parties} admitted, {@code refused} persons turned away. */
  void checkedIn(int persons, int parties, int refused) {
    turnedAway += refused;
    if (persons == 0) {
      cancelled++;
    } else {
      visitors += persons;
      places += parties;
    }
  }

  void guideWait(double wait) {
    guideWait.add(wait);
  }

  /** A group of {@code persons} entered zone {@code z} at {@code now} after waiting {@code wait}. */
  void entered(int z, double now, double wait, int persons) {
    zoneWait[z].add(wait);
    if (s.floor[z]) {
      floorWait(wait);
    }
    inside[z].add(now, persons);
  }

  /** A group of {@code persons} left zone {@code z} at {@code now} for its pickup. */
  void left(int z, double now, int persons) {
    inside[z].add(now, -persons);
    rides++;
  }

  /** Its vehicles reached a group at the pickup of zone {@code z} after {@code wait}. */
  void shuttleWait(int z, double wait) {
    shuttleWait.add(wait);
    if (s.floor[z]) {
      floorWait(wait);
    }
  }

  void blackoutViolations(int count) {
    blackoutViolations += count;
  }

  /** Persons on the floor at zone {@code zone} change by {@code delta} at {@code now}. */
  void floorChange(int zone, double now, int delta) {
    floorAt[zone].add(now, delta);
    floorTotal.add(now, delta);
  }

  private void floorWait(double wait) {
    anyFloorWait = true;
    maxFloorWait = Math.max(maxFloorWait, wait);
    if (wait > s.maxWait) { // false when the limit is absent (NaN)
      floorWaitsOver++;
    }
  }

  void tourEnded(int tour, double end, double minutes, double noiseDose) {
    tourMinutes.add(minutes);
    fromStart.add(end - s.tourStart[tour]);
    double dayStart = (s.tourDay[tour] - 1) * TourSetup.DAY;
    if (end > dayStart + s.closeMinute) {
      overruns++;
    }
    if (minutes > s.maxTour) {
      longTours++;
    }
    noiseMax = Math.max(noiseMax, noiseDose);
  }

  /** Lays the month's figures out in {@code out}; NaN where the month observed nothing. */
  void collect(double[] out, double end, Fleet fleet) {
    MetricLayout l = s.layout;
    Arrays.fill(out, Double.NaN);
    int toursRun = s.tourCount - cancelled;
    out[l.visitors] = visitors;
    out[l.places] = places;
    out[l.tours] = toursRun;
    out[l.scheduled] = s.tourCount;
    out[l.cancelled] = cancelled;
    out[l.turnedAway] = turnedAway;
    out[l.tourMinutes] = meanOrNaN(tourMinutes);
    out[l.tourMinutesMax] = maxOrNaN(tourMinutes);
    out[l.tourMinutesFromStart] = meanOrNaN(fromStart);
    for (int z = 0; z < zoneWait.length; z++) {
      out[l.zoneMeanWait[z]] = meanOrNaN(zoneWait[z]);
      out[l.zoneMaxWait[z]] = maxOrNaN(zoneWait[z]);
      out[l.zonePeak[z]] = inside[z].max(end);
      out[l.zoneEntries[z]] = zoneWait[z].count();
    }
    out[l.shuttleMeanWait] = meanOrNaN(shuttleWait);
    out[l.shuttleMaxWait] = maxOrNaN(shuttleWait);
    out[l.shuttleRides] = rides;
    if (l.rosterHeldShare >= 0) {
      out[l.rosterHeldShare] = rides > 0 ? (double) fleet.heldRides() / rides : Double.NaN;
      out[l.unplannedRides] = fleet.fallbackRides();
    }
    out[l.guidesMeanWait] = meanOrNaN(guideWait);
    out[l.guidesMaxWait] = maxOrNaN(guideWait);
    out[l.floorPeak] = floorTotal.max(end);
    out[l.evacuationMax] = Double.NaN; // no floor zone with exit data: nothing to evacuate through (n = 0)
    if (l.hasEgress) {
      double worst = 0;
      for (int z = 0; z < zoneWait.length; z++) {
        if (s.floor[z] && !Double.isNaN(s.egress[z])) {
          worst = Math.max(worst, floorAt[z].max(end) / s.egress[z]);
        }
      }
      out[l.evacuationMax] = worst;
    }
    out[l.maxFloorWait] = anyFloorWait ? maxFloorWait : Double.NaN;
    // counted against their limit: a month of a file without that limit has no value (n = 0), not "none over it"
    out[l.floorWaitsOverLimit] = l.hasWaitLimit ? floorWaitsOver : Double.NaN;
    out[l.overrunTours] = l.hasCloseTime ? overruns : Double.NaN;
    out[l.longTours] = l.hasTourLimit ? longTours : Double.NaN;
    out[l.blackoutViolations] = blackoutViolations;
    out[l.noiseDoseMax] = toursRun > 0 ? noiseMax : Double.NaN;
  }

  private static double meanOrNaN(Tally t) {
    return t.count() > 0 ? t.mean() : Double.NaN;
  }

  private static double maxOrNaN(Tally t) {
    return t.count() > 0 ? t.max() : Double.NaN;
  }
}
