package org.tourplan.scenario;

/**
 * Tour guides (contract 1, {@code guides}; semantics in 2.2).
 *
 * @param count               guides on duty (>= 1)
 * @param maxVisitorsPerGuide a group needs ceil(attendees / maxVisitorsPerGuide) guides
 */
public record Guides(int count, int maxVisitorsPerGuide) {
  /** Another number of guides on duty, each leading as many visitors. */
  public Guides withCount(int newCount) {
    return new Guides(newCount, maxVisitorsPerGuide);
  }

  /** Guides a group of the given size needs. */
  public int needed(int attendees) {
    return (attendees + maxVisitorsPerGuide - 1) / maxVisitorsPerGuide;
  }
}
