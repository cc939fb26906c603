/**
 * The command line (picocli): each command parses its options, calls one use case and prints.
 *
 * <p>Owns: options, exit codes and terminal wording. May import every other package except {@code cluster}, which
 * it finds at run time through {@code run.ClusterProvider}; nothing imports it.
 */
package org.tourplan.cli;
