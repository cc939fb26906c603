/**
 * Record files in CSV, read strictly and streamed: a header naming the columns a command needs (in any order, extra
 * columns ignored), one row a line, typed fields (dates, times of day, whole numbers, flags, ids) and every problem
 * with the file, line, column (its number and header name), the value found and what was expected, all of them at
 * once up to a cap with a count of the rest ({@code CsvReader}, {@code CsvProblems}, {@code CsvProblem},
 * {@code CsvException}). Jackson's CSV parser does the tokenising (quotes, separators, line ends, byte order mark)
 * and says on which line each value starts; the rules for values are here. Shared by every command that reads
 * records, so they all report the same way.
 *
 * <p>Owns: what a well-formed record file is. May import: {@code scenario} (its quoting of file text in messages)
 * and Jackson; nothing else of tourplan.
 */
package org.tourplan.csv;
