/**
 * The results files, for tools: the results file of a run ({@code ResultsJson}, with the lottery's part in
 * {@code LotteryJson}), the season results file ({@code SeasonJson}), the plan's plan.json ({@code PlanJson}) and the
 * tours of a month as CSV ({@code ToursCsv}, whose quoting sweep.csv shares). Plain data in, bytes out; their keys
 * and number forms are part of the contract (section 3 of docs/contract.md).
 *
 * <p>Owns: the machine-readable files of a run, a season and a plan. May import: {@code run}, {@code plan},
 * {@code tour}, {@code scenario} (the names of the days of the week), {@code text} and {@code output}.
 */
package org.tourplan.report.results;
