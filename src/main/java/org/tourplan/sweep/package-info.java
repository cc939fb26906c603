/**
 * Sweeps: the grid of variants a {@code --vary} option describes (edited, re-validated scenarios), running
 * them with common random numbers and summarising them side by side.
 *
 * <p>Owns: variants of one file. May import: {@code plan} (its cost and ordering rules), {@code run}, {@code verdict},
 * {@code tour}, {@code scenario}, {@code format} (a variant is an edited file, read again).
 */
package org.tourplan.sweep;
