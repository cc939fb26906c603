/**
 * The management report of one month ({@code tourplan report}): the page ({@code ReportPage}, with
 * {@code InputsTables}, {@code LimitsTable}, {@code LotterySection} and the shuttles' {@code ShuttleSection} and
 * {@code ShuttleSectionHtml}), what it shows, computed from the results ({@code ReportModel}, {@code Figures}), its
 * JFreeChart charts ({@code MonthCharts}, {@code DayCharts}, {@code ResourceCharts}, {@code ShuttleCharts},
 * {@code VehicleGanttChart}), and {@code ReportWriter}, which writes the folder: page, PNG charts, results.json and
 * tours.csv, all or nothing.
 *
 * <p>Owns: the month report. May import: {@code report} (the shared look), {@code report.results}, {@code output},
 * {@code run}, {@code safety}, {@code verdict}, {@code roster}, {@code lottery}, {@code tour}, {@code scenario} and
 * {@code text}.
 */
package org.tourplan.report.month;
