package org.tourplan.safety;

import java.util.List;
import org.tourplan.scenario.LimitKind;

/**
 * A clean run's limits in words, the one place that counts them: the floor-safety limits apart from the
 * turned-away limit, which is a service limit (a winner sent home), not a safety one. Used by the report's safety
 * answer and {@code check}'s last line, so both say the same.
 */
public final class LimitWords {
  private LimitWords() { }

  /**
   * "none of the 7 safety limits was breached and nobody was turned away"; "... and at most 5 persons a
   * month were turned away" when some were, within the limit; "the one safety limit was not breached" without a
   * turned-away limit. For limits none of which was breached.
   */
  public static String noneBreached(List<LimitVerdict> limits) {
    LimitVerdict away = null;
    int safety = 0;
    for (LimitVerdict v : limits) {
      if (v.limit().equals(LimitKind.TURNED_AWAY.key())) {
        away = v;
      } else {
        safety++;
      }
    }
    String s = safety == 0 ? null : safety == 1 ? "the one safety limit was not breached"
        : "none of the " + safety + " safety limits was breached";
    String a = away == null ? null : away.worst() == 0 ? "nobody was turned away"
        : "at most " + away.allowed() + " were turned away";
    return s == null ? a : a == null ? s : s + " and " + a;
  }
}
