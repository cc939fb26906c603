package org.tourplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule of how many guides a group needs (contract 2.2), used by the tour model and the servability check. */
class GuidesTest {
  @Test
  void aGroupNeedsItsAttendeesOverTheLimitPerGuideRoundedUp() {
    Guides g = new Guides(3, 25);
    assertEquals(0, g.needed(0));
    assertEquals(1, g.needed(1));
    assertEquals(1, g.needed(25));
    assertEquals(2, g.needed(26));
    assertEquals(4, g.needed(100));
    assertEquals(1, new Guides(1, 1).needed(1));
    assertEquals(Bounds.MAX_SIZE, new Guides(1, 1).needed(Bounds.MAX_SIZE));
    assertEquals(1, new Guides(1, Bounds.VISITORS_PER_GUIDE).needed(Bounds.MAX_SIZE));
  }
}
