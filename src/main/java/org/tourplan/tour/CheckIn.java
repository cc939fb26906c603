package org.tourplan.tour;

import org.tourplan.engine.RandomStream;

/**
 * One tour's check-in draws (contract 2.2): each invited party comes or not, its size is drawn, and in invitation
 * order a party that would pass maxSize is turned away. Shared by the month simulation and the visitor counter,
 * so both see exactly the same parties. Reused: {@link #draw} overwrites every field.
 */
final class CheckIn {
  int persons;
  int parties;
  int refused;
  /** When not null (a traced month), every invited party's size and whether it came, in invitation order. */
  int[] invitedSizes;
  boolean[] invitedCame;

  /** Draws the parties of one tour from its check-in stream; their sizes go to {@code sizes[0..parties)}. */
  void draw(RandomStream r, TourSetup s, int[] sizes) {
    persons = 0;
    parties = 0;
    refused = 0;
    // Two draws per invited party, whatever happens to it, so that another no-show rate or maxSize leaves the
    // later parties' draws unchanged (common random numbers across plan candidates).
    for (int i = 0; i < s.invited; i++) {
      boolean comes = r.nextDouble() >= s.noShow;
      int size = partySize(s, r.nextDouble());
      if (invitedSizes != null) {
        invitedSizes[i] = size;
        invitedCame[i] = comes;
      }
      if (!comes) {
        continue;
      }
      if (persons + size > s.maxSize) {
        refused += size;
        continue;
      }
      sizes[parties++] = size;
      persons += size;
    }
  }

  private static int partySize(TourSetup s, double u) {
    double[] c = s.partyCumulative;
    int i = 0;
    while (u >= c[i]) {
      i++;
    }
    return s.partySizes[i];
  }
}
