/**
 * The season plan's folder ({@code tourplan plan} on a file with a season): the page ({@code SeasonPlanPage}, its
 * fixed wording in {@code SeasonPlanText}: the recommended season against the file's own, month by month, with the
 * phase changes, or each phase's diagnosis when no season works), its charts ({@code SeasonPlanCharts}) and
 * {@code SeasonPlanWriter}, which writes the page, season-plan.json, the recommended season as a scenario file and
 * the season reports of the recommendation and of the file as written.
 *
 * <p>Owns: the season-plan folder. May import: {@code report} (the shared look), {@code report.plan} (a phase's
 * diagnosis, as the plan page gives it), {@code report.season} (the season reports in the folder),
 * {@code report.results}, {@code output}, {@code plan}, {@code run}, {@code scenario}, {@code text} and
 * {@code format} (the recommendation as a scenario file).
 */
package org.tourplan.report.seasonplan;
