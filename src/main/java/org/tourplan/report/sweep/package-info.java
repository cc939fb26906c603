/**
 * The output of {@code tourplan sweep} and {@code tourplan compare}: the page with its bar charts
 * ({@code SweepReportWriter}), the row labels charts and the terminal share ({@code BarLabels}), and sweep.json with
 * sweep.csv ({@code SweepJson}).
 *
 * <p>Owns: the pages and files of sweeps and comparisons. May import: {@code report} (the shared look),
 * {@code report.results}, {@code output}, {@code sweep}, {@code run}, {@code scenario} and {@code text}.
 */
package org.tourplan.report.sweep;
