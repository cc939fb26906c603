package org.tourplan.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rejected candidates that differ only in shuttles and guides and failed the same checks, as one row:
 * the way a manager weighs options ("2 tours each weekend day cannot reach the target, whatever the fleet").
 *
 * @param members the candidates, cheapest first
 */
public record RejectedGroup(List<Evaluation> members) {

  /** The first member (they share timetable, group, verdict and every failing check). */
  public Evaluation first() {
    return members.get(0);
  }

  /** "2 tours every weekday, ..., 20 places (+2 overbooked); 4-7 shuttles, 2-4 guides". */
  public String label() {
    Candidate c = first().candidate();
    return c.pattern() + ", " + c.groupSize() + " places" + (c.overbook() > 0 ? " (+" + c.overbook()
        + " overbooked)" : "") + "; " + span(true, "shuttle") + ", " + span(false, "guide");
  }

  /** Cheapest member's cost. */
  public double lowCost() {
    return members.stream().mapToDouble(Evaluation::cost).min().orElse(0);
  }

  /** Dearest member's cost. */
  public double highCost() {
    return members.stream().mapToDouble(Evaluation::cost).max().orElse(0);
  }

  private String span(boolean vehicles, String noun) {
    int lo = members.stream().mapToInt(e -> vehicles ? e.candidate().vehicles() : e.candidate().guides()).min()
        .orElse(0);
    int hi = members.stream().mapToInt(e -> vehicles ? e.candidate().vehicles() : e.candidate().guides()).max()
        .orElse(0);
    return (lo == hi ? String.valueOf(lo) : lo + "–" + hi) + " " + noun + (hi == 1 ? "" : "s");
  }

  /**
   * Groups evaluations; groups whose cheapest member costs most come first: the options that came closest to
   * being recommended, whatever fleet and guides they were tried with.
   */
  public static List<RejectedGroup> of(List<Evaluation> rejected) {
    Map<List<Object>, List<Evaluation>> groups = new LinkedHashMap<>();
    for (Evaluation e : rejected) {
      Candidate c = e.candidate();
      groups.computeIfAbsent(List.of(c.weekdayTours(), c.weekendTours(), c.groupSize(), c.overbook(), e.status(),
          e.failures()), k -> new ArrayList<>()).add(e);
    }
    List<RejectedGroup> out = new ArrayList<>();
    groups.values().forEach(g -> out.add(new RejectedGroup(List.copyOf(g))));
    out.sort(Comparator.comparingDouble(RejectedGroup::lowCost).reversed());
    return out;
  }
}
