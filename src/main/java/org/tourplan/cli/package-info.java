/**
 * The command line (picocli): each command parses its options, hands one use case of {@code app} a request and
 * prints its results. Options that several commands take are picocli mixins, one class each ({@code RunOptions}:
 * months, seed and threads; {@code ClusterOptions}; {@code OutOption}, {@code JsonOption}, {@code PdfOption},
 * {@code ProgressOption}), so that a shared option reads and checks the same everywhere.
 *
 * <p>Owns: options, exit codes and terminal wording. May import every other package except {@code cluster} (a
 * plug-in, found at run time); nothing imports it. Command classes (those
 * annotated {@code @Command}) never import {@code run}, {@code tour} or {@code engine}: what they need of a run
 * comes from a use case, and the printers beside them read its results.
 */
package org.tourplan.cli;
