/**
 * What managers and tools read: the results file, the management report, the plan page and the sweep report
 * (HTML with JFreeChart charts), CSV, and the atomic writing of files and report folders.
 *
 * <p>Owns: every output file format and page. May import the plain result types of {@code run}, {@code safety},
 * {@code plan}, {@code sweep}, {@code shuttle}, {@code lottery}, {@code draw}, {@code fit}, {@code tour} and
 * {@code scenario}, {@code text} for every number it prints, {@code format} to write a plan's scenario file and
 * {@code csv} to write CSV; never the engine. The draw's record, files and page are in the sub-package
 * {@code report.draw}, the fit's page in {@code report.fit}.
 */
package org.tourplan.report;
