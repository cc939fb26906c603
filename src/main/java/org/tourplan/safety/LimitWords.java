package org.tourplan.safety;

import java.util.List;
import org.tourplan.scenario.LimitKind;
import org.tourplan.text.Numbers;

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

  /**
   * What happened in the months a limit was breached, in words a manager reads without knowing the rule: "up to
   * 214 persons stood on the production floor at once (allowed: 80 persons)", "tours ran past closing time (18:00):
   * up to 93 late in a month". For a limit breached in at least one month.
   */
  public static String happened(LimitVerdict v) {
    LimitKind kind = LimitKind.byKey(v.limit());
    String worst = v.worstText();
    String allowed = " (allowed: " + v.allowed() + ")";
    if (kind == null) {
      return v.limit() + " reached " + worst + allowed;
    }
    return switch (kind) {
      case FLOOR_VISITORS -> "up to " + worst + " stood on the production floor at once" + allowed;
      case EVACUATION_MINUTES -> "a floor zone held more persons than its exits clear in time: up to " + worst
          + " to evacuate" + allowed;
      case MAX_WAIT_MINUTES -> "groups waited up to " + worst + " standing on the production floor" + allowed;
      case MAX_TOUR_MINUTES -> "tours lasted up to " + worst + allowed;
      case CLOSE_TIME -> "tours ran past closing time (" + v.allowed() + "), up to " + Numbers.count(v.worst())
          + " late in a month";
      case NOISE_DOSE_PERCENT -> "visitors received up to " + worst + " of the daily noise dose" + allowed;
      case BLACKOUTS -> "groups were still inside a zone when its blackout started, up to "
          + Numbers.count(v.worst()) + " in a month";
      case TURNED_AWAY -> "up to " + Numbers.count(v.worst()) + (v.worst() == 1 ? " person" : " persons")
          + " a month were turned away at check-in" + allowed;
    };
  }
}
