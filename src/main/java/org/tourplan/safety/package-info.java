/**
 * Safety verdicts of results: for every limit, the share of months that breach it with its interval, a verdict, and
 * an explanation of where, when and why it first broke, from re-simulated, traced months; and a season's safety phase
 * by phase ({@code PhaseSafety}). What a breach is and which verdict follows from a count is {@code verdict}'s rule.
 *
 * <p>Owns: judging results against their limits. May import: {@code run}, {@code verdict}, {@code tour},
 * {@code scenario}, {@code text}.
 */
package org.tourplan.safety;
