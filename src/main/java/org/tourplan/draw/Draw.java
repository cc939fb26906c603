package org.tourplan.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.tourplan.lottery.Inclusion;

/**
 * The month's draw: the order ({@link DrawOrder}), the seating ({@link Seating}) and each points class's chance
 * ({@link Inclusion}, the exact inclusion probability of the successive weighted draw for min(places, applicants)
 * winners). Pure: the same places, applicants and seed give the same result, bit for bit, on any machine.
 */
public final class Draw {
  /**
   * The name of the rules implemented here, written into draw.json: a record made under other rules is not
   * checked against these ({@code --verify} says so). Change it with any change of who wins or where.
   */
  public static final String ALGORITHM = "tourplan-draw-1";

  private Draw() {
  }

  /** Draws the month's winners among {@code a} for {@code places} with {@code seed}. */
  public static DrawResult run(Places places, Applicants a, long seed) {
    int[] order = order(places, a, seed);
    Seating seating = seating(places, a, order);
    int winners = seating.winners();
    int tours = places.tours().size();
    int[] parties = new int[tours];
    int[] persons = new int[tours];
    for (int t = 0; t < tours; t++) {
      parties[t] = seating.parties(t);
      persons[t] = seating.persons(t);
    }
    return new DrawResult(places, a, seed, order, seating.tourOf, seating.passedOver, seating.chosen, winners,
        parties, persons, classes(places, a, seating.tourOf), !Seating.mayPassOver(places, a));
  }

  /** The seating of {@code order}, without the chances (the statistics tests draw thousands of times). */
  static Seating seating(Places places, Applicants a, int[] order) {
    Seating s = new Seating(places, a);
    s.seat(order);
    return s;
  }

  /** The draw order of {@code a} with {@code seed}. */
  static int[] order(Places places, Applicants a, long seed) {
    double[] weights = new double[a.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = places.rule().weight(a.points()[i]);
    }
    return DrawOrder.order(weights, DrawOrder.stream(seed, a.sha256()));
  }

  private static List<DrawResult.PointsClass> classes(Places places, Applicants a, int[] tourOf) {
    TreeMap<Integer, long[]> byPoints = new TreeMap<>(); // points -> {applicants, winners}
    for (int i = 0; i < a.size(); i++) {
      long[] c = byPoints.computeIfAbsent(a.points()[i], k -> new long[2]);
      c[0]++;
      c[1] += tourOf[i] >= 0 ? 1 : 0;
    }
    int k = byPoints.size();
    long[] counts = new long[k];
    double[] weights = new double[k];
    int j = 0;
    for (var e : byPoints.entrySet()) {
      counts[j] = e.getValue()[0];
      weights[j] = places.rule().weight(e.getKey());
      j++;
    }
    double[] chance = Inclusion.probabilities(counts, weights, Math.min(places.places(), a.size()));
    List<DrawResult.PointsClass> out = new ArrayList<>();
    j = 0;
    for (var e : byPoints.entrySet()) {
      out.add(new DrawResult.PointsClass(e.getKey(), weights[j], counts[j], e.getValue()[1], chance[j]));
      j++;
    }
    return List.copyOf(out);
  }
}
