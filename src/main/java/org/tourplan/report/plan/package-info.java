/**
 * The plan folder ({@code tourplan plan}): the plan page ({@code PlanPage}, with {@code DiagnosisHtml}, its answer
 * when nothing is feasible), its charts ({@code PlanCharts} with {@code FrontierChart}, {@code TargetHeatMap},
 * {@code VolumeChart}, {@code WeekChart}, and the marks they share, {@code PlanMarks}) and {@code PlanReportWriter},
 * which writes the page, plan.json, the recommended timetable as a scenario file and the full month report of the
 * recommendation and of the file as written.
 *
 * <p>Owns: the plan folder. May import: {@code report} (the shared look), {@code report.month} (the full reports in
 * the folder, the lottery's wording), {@code report.results}, {@code output}, {@code plan}, {@code safety},
 * {@code verdict}, {@code run}, {@code scenario}, {@code text} and {@code format} (the recommendation as a scenario
 * file).
 */
package org.tourplan.report.plan;
