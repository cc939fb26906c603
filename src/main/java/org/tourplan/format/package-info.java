/**
 * The scenario file format: reading JSON and YAML into a source tree with lines ({@code ScenarioLoader},
 * {@code YamlTree}, {@code SourceTree}, {@code LineTable}), validating it section by section into the model with key
 * paths, lines, the value found and what was expected ({@code Validator}, {@code NodeReader} and the
 * {@code *Section} readers, {@code Problem}, {@code ScenarioException}), writing a model back as a file that loads to
 * an equal model, the wire format of cluster units, sweep variants and recommended files ({@code ScenarioWriter},
 * {@code TimetableWriter}) and the JSON Schema editors use ({@code FormatSchema}). The keys, their defaults and
 * bounds are in {@code docs/scenario-format.md}.
 *
 * <p>Owns: every rule about what a valid file is. May import: {@code scenario}, Jackson and SnakeYAML.
 */
package org.tourplan.format;
