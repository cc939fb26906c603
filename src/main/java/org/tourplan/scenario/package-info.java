/**
 * The scenario: the validated, immutable model of a scenario file (records such as {@code Scenario},
 * {@code Zone}, {@code Schedule}) and the file format that produces it (reading JSON and YAML, validation with key
 * paths and lines, writing a scenario back). The meaning of every key is in {@code docs/contract.md}; the keys, their
 * defaults and bounds in {@code docs/scenario-format.md}.
 *
 * <p>Owns: every rule about what a valid file is. May import: the JDK, Jackson and SnakeYAML; no other tourplan
 * package.
 */
package org.tourplan.scenario;
