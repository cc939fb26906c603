/**
 * Use cases: what one command does, one class each ({@code SimulateJob}, {@code CheckJob}, {@code ReportJob},
 * {@code PlanJob} with its {@code GridCheck}, {@code SeasonJob}, {@code ShuttlesJob}, {@code SweepJob},
 * {@code CompareJob}, {@code FitJob}, {@code DrawJob} and {@code VerifyDrawJob}, {@code WorkerJob}): a plain request
 * record in, plain results out, the one progress interface ({@code Progress}) told of the steps, and
 * {@code Where} saying where the months run (this machine, or the cluster plug-in found at run time). A use case
 * chains the floors below, which are its building blocks: compile once with {@code run.Compiler}, simulate with
 * {@code run.Runner} or {@code run.SeasonRunner} on a {@code run.MonthExecutor}, judge with {@code safety.Assessment},
 * search with {@code plan}, write with the writers of {@code report}'s sub-packages. Commands in {@code cli} parse
 * their options, call one use case and print; nothing here parses options or prints.
 *
 * <p>Owns: the orchestration of a command's work. May import: {@code plan}, {@code run}, {@code safety},
 * {@code report.month}, {@code report.plan}, {@code report.seasonplan}, {@code report.results}, {@code report.season}, {@code report.sweep},
 * {@code report.draw}, {@code report.fit}, {@code output}, {@code sweep}, {@code shuttle}, {@code roster},
 * {@code tour}, {@code scenario}, {@code draw}, {@code fit} and {@code csv} (the draw and its applicant file, the fit
 * and its records), {@code format} (to write a fitted scenario and read it back); never {@code cli}, which calls it.
 */
package org.tourplan.app;
