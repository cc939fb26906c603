/**
 * Simulated months and what they add up to: compiling a scenario once, running its months on an executor
 * (local threads, or a plug-in such as the cluster), merging them by position so the numbers never depend on
 * where they ran, summaries with confidence intervals, the binomial intervals (Wilson, Clopper-Pearson) breach
 * counts are judged with, and the limit rules months are judged by.
 *
 * <p>Owns: the one road from a compiled scenario to results. May import: {@code scenario}, {@code tour},
 * {@code shuttle}, {@code engine}, {@code lottery}.
 */
package org.tourplan.run;
