package org.tourplan.safety;

import org.tourplan.verdict.Verdict;

/**
 * One limit judged over the simulated months.
 *
 * @param limit          limit key under {@code limits} (floorVisitors, closeTime, blackouts, ...)
 * @param allowed        the limit as a reader should see it ("120 persons", "18:30", "2.5 min")
 * @param verdict        SAFE, AT RISK or UNSAFE
 * @param monthsBreached months that breached it
 * @param months         months simulated
 * @param probability    monthsBreached / months
 * @param wilsonLow      95% Wilson interval of the breach probability, low end
 * @param wilsonHigh     high end
 * @param worst          the worst value over all months, in the limit's own unit (persons, minutes, percent,
 *                       tours late, groups caught inside)
 * @param worstText      the worst value as a reader should see it ("216 persons", "31.5 min")
 * @param first          where and when it first happened in the worst month, or null when never breached
 */
public record LimitVerdict(String limit, String allowed, Verdict verdict, int monthsBreached, int months,
                           double probability, double wilsonLow, double wilsonHigh, double worst, String worstText,
                           FirstBreach first) {
}
