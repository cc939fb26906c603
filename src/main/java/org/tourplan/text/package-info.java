/**
 * The words and numbers a user reads ({@code Numbers}): clock times, minutes, percentages and chances, counts with
 * their nouns, dates, money.
 *
 * <p>Owns: the one style of every number in terminal output, pages, charts and explanations, so that the same
 * figure reads the same everywhere. May import: the JDK only. Every other tourplan package may import it.
 */
package org.tourplan.text;
