/**
 * The one rule months are judged by against a scenario's limits: when a month breaches a limit ({@code LimitRule}:
 * its metric strictly above the threshold; any offending tour or group for the counting limits), the months of one or
 * more batches that breach ({@code Breaches}), and the verdict that follows, SAFE, AT RISK or UNSAFE
 * ({@code Verdict}), the same on every command and page.
 *
 * <p>Why a package of its own, below {@code run}, and not {@code safety}: {@code run} counts each limit's breaches
 * while it summarises months, and the planner and sweeps count breaches on raw month values, so the rule must sit
 * below all of them; {@code safety} re-simulates and explains months, so it sits above {@code run}. Judging whole
 * results (a run's verdicts per limit and their explanations, a season's phases) is {@code safety}'s.
 *
 * <p>Owns: what breaching a limit means, and the verdict rule. May import: {@code scenario} and {@code tour} (the
 * metric layout month values follow).
 */
package org.tourplan.verdict;
