/**
 * The season folder ({@code tourplan season}): the season page ({@code SeasonReportWriter} with the text of
 * {@code SeasonSections}), its charts ({@code SeasonCharts}) and the season results file beside it.
 *
 * <p>Owns: the season page. May import: {@code report} (the shared look), {@code report.results}, {@code output},
 * {@code run}, {@code safety}, {@code verdict}, {@code scenario} and {@code text}.
 */
package org.tourplan.report.season;
