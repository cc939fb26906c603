/**
 * The command line (picocli): each command parses its options, calls one use case and prints.
 *
 * <p>Owns: options, exit codes and terminal wording. May import every other package; nothing imports it.
 */
package org.tourplan.cli;
