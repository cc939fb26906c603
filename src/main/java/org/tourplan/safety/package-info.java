/**
 * Safety verdicts: for every limit, the share of months that breach it with its interval, a verdict, and
 * an explanation of where, when and why it first broke, from re-simulated, traced months.
 *
 * <p>Owns: judging a run against its limits. May import: {@code run}, {@code tour}, {@code scenario}, {@code text}.
 */
package org.tourplan.safety;
