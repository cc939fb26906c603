package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared order: cost, then visitors (more first), then turned away (fewer first), then position. */
class PreferenceTest {
  @Test
  void eachCriterionDecidesOnlyWhenTheEarlierOnesTie() {
    Preference cheap = new Preference(100, 900, 50, 9);
    Preference more = new Preference(200, 1200, 10, 5);
    Preference fewerAway = new Preference(200, 1100, 0, 4);
    Preference moreAway = new Preference(200, 1100, 3, 1);
    Preference early = new Preference(200, 1000, 0, 2);
    Preference late = new Preference(200, 1000, 0, 3);
    List<Preference> all = new ArrayList<>(List.of(late, moreAway, early, more, fewerAway, cheap));
    all.sort(Preference.ORDER);
    assertEquals(List.of(cheap, more, fewerAway, moreAway, early, late), all);
    assertEquals("more visitors", more.whyBefore(fewerAway));
    assertEquals("fewer persons turned away", fewerAway.whyBefore(moreAway));
    assertEquals("earlier in the plan space", early.whyBefore(late));
    assertNull(cheap.whyBefore(more), "no tie: different costs");
  }
}
