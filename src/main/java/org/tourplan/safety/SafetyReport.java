package org.tourplan.safety;

import java.util.List;
import java.util.Map;
import org.tourplan.verdict.Verdict;

/**
 * The safety verdict of a scenario: each limit judged, the overall verdict, and the traced months that explain
 * them (a median month, and the worst month of each limit that was breached at all).
 *
 * @param overall        the worst verdict over the limits (OK when the scenario has none)
 * @param limits         one verdict per limit, in contract order
 * @param representative the median month by visitors, traced
 * @param worstByLimit   limit key -> its worst month, traced (only limits breached in some month)
 */
public record SafetyReport(Verdict overall, List<LimitVerdict> limits, TracedMonth representative,
                           Map<String, TracedMonth> worstByLimit) {

  /** Whether any limit was breached in any simulated month (the {@code check} command's exit code 1). */
  public boolean anyBreach() {
    return overall != Verdict.SAFE;
  }
}
