package org.tourplan.safety;

import java.util.List;
import org.tourplan.tour.TourTimeline;

/**
 * One simulated month re-run with tracing, for explanations and charts.
 *
 * @param replication its replication index (re-running it gives the same numbers)
 * @param why         why it was chosen, e.g. "median month by visitors" or "worst month for floorVisitors"
 * @param visitors    visitors that month
 * @param tours       every tour's timeline, in start order
 */
public record TracedMonth(int replication, String why, double visitors, List<TourTimeline> tours) { }
