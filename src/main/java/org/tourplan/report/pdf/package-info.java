/**
 * A written page as PDF ({@code --pdf}): {@code PdfReport} renders a report folder's page with openhtmltopdf, with
 * the fonts it finds on the machine ({@code Fonts}).
 *
 * <p>Owns: PDF output. May import: {@code output} only (and openhtmltopdf); it reads the page as a file, never the
 * report's types.
 */
package org.tourplan.report.pdf;
