/**
 * Use cases: what one command does, chained from the floors below (compile once with {@code run.Compiler}, simulate
 * on a {@code run.MonthExecutor}, judge with {@code safety}, search with {@code plan}, write with the writers of
 * {@code report}'s sub-packages). Commands in {@code cli} parse their options, call one use case and print; nothing
 * here parses options or prints.
 *
 * <p>Owns: the orchestration of a command's work. May import: {@code plan}, {@code run}, {@code safety},
 * {@code report.month}, {@code report.plan}, {@code report.draw}, {@code report.fit}, {@code output}, {@code sweep},
 * {@code shuttle}, {@code roster}, {@code tour}, {@code scenario}, {@code draw}, {@code fit} and {@code csv} (the
 * draw and its applicant file, the fit and its records), {@code format} (to write a fitted scenario and read it
 * back); never {@code cli}, which calls it.
 */
package org.tourplan.app;
