package org.tourplan.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourplan.engine.RandomStream;
import org.tourplan.scenario.FirstFitDecreasing;

/**
 * Properties of every draw, on generated months and applicant lists: no tour over its parties, persons or
 * vehicles; nobody seated twice; winners and waitlist together are the applicants; the winners are the first of the
 * draw order whenever no party can be passed over; preferences are met where there is room; and the same seed gives
 * the same draw while another seed gives another.
 */
class DrawTest {

  @ParameterizedTest(name = "tight limits {0}")
  @ValueSource(booleans = {false, true})
  void everyDrawKeepsEveryLimit(boolean tight) {
    long passedOver = 0;
    for (int k = 0; k < 300; k++) {
      RandomStream r = RandomStream.of(k, tight ? 1 : 0, "draw-properties");
      Places places = Generated.places(r, tight, k % 2 == 0 ? Rule.UNIFORM : Rule.POINTS);
      Applicants a = Generated.applicants(r, places, r.nextInt(3) == 0 ? r.nextInt(10) : 1 + r.nextInt(120));
      DrawResult d = Draw.run(places, a, k);
      check(places, a, d);
      passedOver += d.passedOverCount();
    }
    assertEquals(tight, passedOver > 0, "tight limits pass parties over, loose ones never");
  }

  static void check(Places places, Applicants a, DrawResult d) {
    int tours = places.tours().size();
    int[] parties = new int[tours];
    int[] persons = new int[tours];
    int[][] sizes = new int[tours][places.partiesPerTour()];
    int winners = 0;
    for (int i = 0; i < a.size(); i++) {
      int t = d.tourOf()[i];
      if (t < 0) {
        assertFalse(d.chosen()[i]);
        continue;
      }
      assertFalse(d.passedOver()[i], "a passed-over party is never seated");
      assertTrue(parties[t] < places.partiesPerTour(), "tour over its parties");
      sizes[t][parties[t]++] = a.persons()[i];
      persons[t] += a.persons()[i];
      winners++;
      assertEquals(d.chosen()[i], (a.preferred()[i] >> (places.tours().get(t).date().getDayOfMonth() - 1) & 1) == 1,
          "chosen means seated on a day asked for");
    }
    assertEquals(winners, d.winners());
    assertEquals(a.size(), d.winners() + d.losers());
    for (int t = 0; t < tours; t++) {
      assertTrue(persons[t] <= places.maxPersons(), "tour over maxPersons");
      assertTrue(new FirstFitDecreasing().vehicles(sizes[t], parties[t], places.seats()) <= places.vehicles(),
          "tour's parties do not fit its vehicles");
      assertEquals(parties[t], d.tourParties()[t]);
      assertEquals(persons[t], d.tourPersons()[t]);
    }
    int[] sortedOrder = d.order().clone();
    Arrays.sort(sortedOrder);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(i, sortedOrder[i], "the order holds every applicant once");
    }
    if (d.exact()) {
      long first = Math.min(places.places(), a.size());
      for (int r = 0; r < a.size(); r++) {
        assertEquals(r < first, d.tourOf()[d.order()[r]] >= 0, "without passing over, the first of the order win");
      }
      assertEquals(0, d.passedOverCount());
    }
    // passed-over parties head the waitlist: every other loser was drawn after all of them
    int lastPassed = -1;
    int firstLoser = Integer.MAX_VALUE;
    for (int r = 0; r < a.size(); r++) {
      int i = d.order()[r];
      if (d.passedOver()[i]) {
        lastPassed = r;
      } else if (d.tourOf()[i] < 0) {
        firstLoser = Math.min(firstLoser, r);
      }
    }
    assertTrue(lastPassed < firstLoser, "a loser drawn before a passed-over party");
    long placed = 0;
    for (DrawResult.PointsClass c : d.classes()) {
      placed += c.winners();
    }
    assertEquals(d.winners(), placed);
  }

  @Test
  void aWinnerWhoAskedIsElsewhereOnlyWhenEveryTourOnHisDaysIsFull() {
    for (int k = 0; k < 300; k++) {
      RandomStream r = RandomStream.of(k, 2, "draw-preferences");
      Places places = Generated.places(r, false, Rule.POINTS);
      Applicants a = Generated.applicants(r, places, 1 + r.nextInt(150));
      DrawResult d = Draw.run(places, a, k);
      for (int i = 0; i < a.size(); i++) {
        if (d.tourOf()[i] < 0 || !a.asked(i) || d.chosen()[i]) {
          continue;
        }
        for (int t = 0; t < places.tours().size(); t++) {
          int day = places.tours().get(t).date().getDayOfMonth();
          if ((a.preferred()[i] >> (day - 1) & 1) == 1) {
            assertEquals(places.partiesPerTour(), d.tourParties()[t], "tour " + t + " on a day applicant " + i
                + " asked for has room, but he sits elsewhere (case " + k + ")");
          }
        }
      }
    }
  }

  @Test
  void preferencesDoNotChangeWhoWins() {
    for (int k = 0; k < 100; k++) {
      RandomStream r = RandomStream.of(k, 3, "draw-who");
      Places places = Generated.places(r, false, Rule.POINTS);
      Applicants a = Generated.applicants(r, places, 1 + r.nextInt(150));
      Applicants none = new Applicants(a.ids(), a.persons(), a.points(), new int[a.size()], a.sha256(), true, false);
      DrawResult with = Draw.run(places, a, k);
      DrawResult without = Draw.run(places, none, k);
      for (int i = 0; i < a.size(); i++) {
        assertEquals(without.tourOf()[i] >= 0, with.tourOf()[i] >= 0, "applicant " + i + ", case " + k);
      }
    }
  }

  @Test
  void oneSeedOneDrawAnotherSeedAnother() {
    RandomStream r = RandomStream.of(9, 0, "draw-seeds");
    Places places = Generated.places(r, true, Rule.POINTS);
    Applicants a = Generated.applicants(r, places, 400);
    DrawResult one = Draw.run(places, a, 20250701);
    DrawResult again = Draw.run(places, a, 20250701);
    DrawResult other = Draw.run(places, a, 20250702);
    assertArrayEquals(one.order(), again.order());
    assertArrayEquals(one.tourOf(), again.tourOf());
    assertFalse(Arrays.equals(one.order(), other.order()));
  }
}
