/**
 * What managers and tools read, one sub-package per product: {@code report.results} (the results files:
 * results.json, the season's and the plan's JSON, tours.csv), {@code report.month} (the management report of one
 * month), {@code report.plan} (the plan page), {@code report.season} (the season page), {@code report.sweep} (the
 * pages and files of sweeps and comparisons), {@code report.draw} (the files, record and page of a real draw),
 * {@code report.fit} (the fit page) and {@code report.pdf} (a page as PDF). Every file and folder is written through
 * {@code output}.
 *
 * <p>This package itself is the look every product shares, so that a colour, a chart or a verdict reads the same on
 * every page: the palette and type scale ({@code Palette}), the chart style ({@code ChartStyle}, {@code PercentAxis}),
 * the one stylesheet with a verdict's class ({@code ReportCss}) and HTML escaping ({@code Html}).
 *
 * <p>Owns: how pages and charts look. May import: {@code text} and {@code verdict} (a verdict's colour); never one of
 * its sub-packages, which import it.
 */
package org.tourplan.report;
