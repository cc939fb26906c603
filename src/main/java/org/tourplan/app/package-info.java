/**
 * Use cases: what one command does, chained from the floors below (compile once with {@code run.Compiler}, simulate
 * on a {@code run.MonthExecutor}, judge with {@code safety}, search with {@code plan}, write with {@code report}).
 * Commands in {@code cli} parse their options, call one use case and print; nothing here parses options or prints.
 * May import every package but {@code cli}.
 */
package org.tourplan.app;
