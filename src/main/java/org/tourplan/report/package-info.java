/**
 * What managers and tools read: the results file, the management report, the plan page and the sweep report
 * (HTML with JFreeChart charts), CSV, and the atomic writing of files and report folders.
 *
 * <p>Owns: every output file format and page. May import the plain result types of {@code run}, {@code safety},
 * {@code plan}, {@code sweep}, {@code shuttle}, {@code lottery}, {@code tour} and {@code scenario}, {@code text}
 * for every number it prints, {@code output} to write files and folders, and {@code format} to write a plan's scenario file; never the engine.
 */
package org.tourplan.report;
