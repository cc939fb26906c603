/**
 * Reading CSV record files (the applicant file of {@code tourplan draw}; the site records of {@code tourplan fit}):
 * a header of known columns, rows streamed with the line each starts on, cells parsed with their file, line and
 * column, and every problem collected at once (capped, with a count of the rest) so that a bad file is reported the
 * way a bad scenario file is.
 *
 * <p>Owns: the CSV syntax and the wording of a CSV problem; what a column means belongs to the package that reads
 * it. May import: the JDK and Jackson's CSV format only; no other tourplan package.
 */
package org.tourplan.csv;
