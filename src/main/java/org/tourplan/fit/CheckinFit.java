package org.tourplan.fit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.util.FastMath;
import org.tourplan.run.Wilson;
import org.tourplan.scenario.Group;

/**
 * What the check-ins say (docs/fit.md, "Check-ins"), as plain data.
 *
 * <ul>
 *   <li>The no-show rate: parties that did not show over parties invited, with its 95% Wilson score interval
 *       ({@code run.Wilson}, sound near 0 where no-show rates live).</li>
 *   <li>Party-size weights: the share of invited parties of each size (every invited party, shown or not: the model
 *       draws a size for each, contract 2.2), with Goodman's (1965) simultaneous 95% intervals: Wilson-type intervals
 *       with the chi-square quantile at 1 - 0.05/K for K sizes, so that all K hold together with 95% confidence.</li>
 *   <li>Whether showing depends on party size (the model says it does not): Pearson's chi-square test of the 2 x K
 *       table (commons-math3), when every expected count is at least 5.</li>
 *   <li>Tours against the scenario: parties invited per tour against {@code group.size + group.overbook}; persons
 *       who showed per tour against {@code group.maxSize}; and the persons the admission rule of contract 2.2 would
 *       have turned away (in invitation order, a party that would take the tour past maxSize).</li>
 * </ul>
 *
 * @param rows             check-in rows (invited parties)
 * @param tours            tours with check-ins
 * @param first            first date
 * @param last             last date
 * @param noShows          parties that did not show
 * @param noShowRate       noShows / rows
 * @param noShowLow        95% Wilson interval, low end
 * @param noShowHigh       high end
 * @param sizes            party sizes seen or in the scenario, ascending
 * @param independenceP    chi-square p-value of showing against party size; NaN when it cannot be tested
 * @param invitedPerTour   tours by the number of parties invited
 * @param scenarioInvited  the scenario's group.size + group.overbook
 * @param maxSize          the scenario's group.maxSize
 * @param cancelled        tours nobody showed to
 * @param toursOverMax     tours whose persons who showed exceed maxSize
 * @param turnedAway       persons the admission rule would have turned away, over all tours
 * @param largestTour      most persons who showed to one tour
 * @param meanTourPersons  persons who showed per tour with any, on average
 * @param personsPerTour   tours by the persons who showed (index: persons), tours with any
 */
public record CheckinFit(int rows, int tours, LocalDate first, LocalDate last, long noShows, double noShowRate,
                         double noShowLow, double noShowHigh, List<PartySize> sizes, double independenceP,
                         SortedMap<Integer, Integer> invitedPerTour, int scenarioInvited, int maxSize, int cancelled,
                         int toursOverMax, long turnedAway, int largestTour, double meanTourPersons,
                         int[] personsPerTour) {

  /**
   * One party size.
   *
   * @param persons  the size
   * @param parties  invited parties of that size
   * @param share    their share of all invited parties (the fitted weight)
   * @param low      Goodman simultaneous 95% interval, low end
   * @param high     high end
   * @param noShows  parties of that size that did not show
   * @param scenario the scenario's weight for the size, normalised (0 when it has none)
   */
  public record PartySize(int persons, long parties, double share, double low, double high, long noShows,
                          double scenario) { }

  /** Fits the check-ins of {@code r} against the scenario's group {@code g}. */
  public static CheckinFit of(Records r, Group g) {
    Checkins c = r.checkins();
    Tours tours = r.tours();
    int n = c.rows();
    SortedMap<Integer, long[]> bySize = new TreeMap<>(); // persons -> {parties, no-shows}
    double weightSum = 0;
    for (var e : g.partySize().entrySet()) {
      if (e.getValue() > 0) {
        bySize.put(e.getKey(), new long[2]);
        weightSum += e.getValue();
      }
    }
    long noShows = 0;
    int firstDay = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long[] k = bySize.computeIfAbsent(c.persons(i), x -> new long[2]);
      k[0]++;
      if (!c.showed(i)) {
        k[1]++;
        noShows++;
      }
      int day = tours.epochDay(c.tour(i));
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
    }
    double[] wilson = Wilson.interval95(Math.toIntExact(noShows), n);
    double a = new ChiSquaredDistribution(null, 1).inverseCumulativeProbability(1 - 0.05 / bySize.size());
    List<PartySize> sizes = new ArrayList<>();
    for (var e : bySize.entrySet()) {
      long ni = e.getValue()[0];
      double half = FastMath.sqrt(a * (a + 4.0 * ni * (n - ni) / n));
      double w = g.partySize().getOrDefault(e.getKey(), 0.0);
      sizes.add(new PartySize(e.getKey(), ni, (double) ni / n, Math.max(0, (a + 2.0 * ni - half) / (2 * (n + a))),
          Math.min(1, (a + 2.0 * ni + half) / (2 * (n + a))), e.getValue()[1], weightSum > 0 ? w / weightSum : 0));
    }
    return tourFacts(r, g, n, noShows, wilson, sizes, independence(bySize, n, noShows), firstDay, lastDay);
  }

  /** Pearson's chi-square p-value of the 2 x K table (showed, not) x size; NaN when an expected count is below 5. */
  private static double independence(SortedMap<Integer, long[]> bySize, int n, long noShows) {
    List<long[]> cols = new ArrayList<>();
    for (long[] k : bySize.values()) {
      if (k[0] > 0) {
        cols.add(k);
      }
    }
    if (cols.size() < 2 || noShows == 0 || noShows == n) {
      return Double.NaN;
    }
    long[][] table = new long[2][cols.size()];
    for (int j = 0; j < cols.size(); j++) {
      table[0][j] = cols.get(j)[0] - cols.get(j)[1];
      table[1][j] = cols.get(j)[1];
      double expectedNoShow = (double) cols.get(j)[0] * noShows / n;
      double expectedShow = cols.get(j)[0] - expectedNoShow;
      if (expectedNoShow < 5 || expectedShow < 5) {
        return Double.NaN;
      }
    }
    return new ChiSquareTest().chiSquareTest(table);
  }

  private static CheckinFit tourFacts(Records r, Group g, int n, long noShows, double[] wilson, List<PartySize> sizes,
                                      double independenceP, int firstDay, int lastDay) {
    Checkins c = r.checkins();
    SortedMap<Integer, Integer> invitedPerTour = new TreeMap<>();
    int cancelled = 0;
    int over = 0;
    long turnedAway = 0;
    int largest = 0;
    long persons = 0;
    int withVisitors = 0;
    int[] perTour = new int[1];
    int toursWithRows = 0;
    for (int[] rows : r.rowsByTour()) {
      if (rows.length == 0) {
        continue; // a tour named only by the zone records (refused by the cross-check before this)
      }
      toursWithRows++;
      invitedPerTour.merge(rows.length, 1, Integer::sum);
      int showed = 0;
      int admitted = 0;
      for (int i : rows) {
        if (c.showed(i)) {
          showed += c.persons(i);
          if (admitted + c.persons(i) > g.maxSize()) {
            turnedAway += c.persons(i);
          } else {
            admitted += c.persons(i);
          }
        }
      }
      if (showed == 0) {
        cancelled++;
        continue;
      }
      withVisitors++;
      persons += showed;
      largest = Math.max(largest, showed);
      over += showed > g.maxSize() ? 1 : 0;
      if (showed >= perTour.length) {
        perTour = java.util.Arrays.copyOf(perTour, Math.max(showed + 1, perTour.length * 2));
      }
      perTour[showed]++;
    }
    return new CheckinFit(n, toursWithRows, n == 0 ? null : LocalDate.ofEpochDay(firstDay),
        n == 0 ? null : LocalDate.ofEpochDay(lastDay), noShows, n == 0 ? Double.NaN : (double) noShows / n,
        wilson[0], wilson[1], List.copyOf(sizes), independenceP, invitedPerTour, g.size() + g.overbook(),
        g.maxSize(), cancelled, over, turnedAway, largest, withVisitors == 0 ? Double.NaN
        : (double) persons / withVisitors, java.util.Arrays.copyOf(perTour, largest + 1));
  }
}
