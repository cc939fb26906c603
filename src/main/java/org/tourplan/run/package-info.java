/**
 * Simulated months and what they add up to: compiling a scenario once, running its months on an executor
 * (local threads, or a plug-in such as the cluster), merging them by position so the numbers never depend on
 * where they ran, summaries with confidence intervals, each limit's breaches counted by the rule of {@code verdict},
 * the binomial intervals (Wilson, Clopper-Pearson) breach counts are judged with, and the group-sequential test of a
 * chance constraint on such counts ({@code SequentialTest}: statistics of counts, not a limit's rule). The season's
 * months ({@code SeasonRunner}) and the comparison of shuttle modes ({@code ModeComparison}) are orchestration that a
 * later step moves to {@code app}.
 *
 * <p>Owns: the one road from a compiled scenario to results. May import: {@code scenario}, {@code tour},
 * {@code shuttle}, {@code roster}, {@code engine}, {@code lottery}, {@code verdict}.
 */
package org.tourplan.run;
