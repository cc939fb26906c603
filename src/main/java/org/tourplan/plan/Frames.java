package org.tourplan.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tourplan.scenario.PlanSpace;

/**
 * The frames of a plan space in its own order: counts per class of day (in the order of the classes), then group
 * size, overbooking, vehicles and guides, each axis ascending. A frame is a candidate without start times; the planner
 * designs those. Without a plan section there are none: the one candidate is the file itself.
 */
final class Frames {
  private final PlanSpace space;

  Frames(PlanSpace space) {
    this.space = space;
  }

  /** Every frame, in the space's order. */
  List<Candidate> all() {
    List<Candidate> out = new ArrayList<>();
    if (!space.written()) {
      return out;
    }
    List<PlanSpace.DayClass> classes = space.classes();
    int[] at = new int[classes.size()];
    while (true) {
      Integer[] week = new Integer[7];
      for (int c = 0; c < classes.size(); c++) {
        for (DayOfWeek d : classes.get(c).days()) {
          week[d.getValue() - 1] = classes.get(c).counts().get(at[c]);
        }
      }
      for (int g : space.groupSize()) {
        for (int o : space.overbook()) {
          for (int v : space.vehicles()) {
            for (int k : space.guides()) {
              out.add(new Candidate(Arrays.asList(week), g, o, v, k, java.util.Map.of(), null));
            }
          }
        }
      }
      int c = classes.size() - 1;
      while (c >= 0 && ++at[c] == classes.get(c).counts().size()) {
        at[c--] = 0;
      }
      if (c < 0) {
        return out;
      }
    }
  }
}
