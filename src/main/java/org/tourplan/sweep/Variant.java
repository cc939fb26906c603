package org.tourplan.sweep;

import java.util.Map;
import org.tourplan.scenario.Scenario;

/**
 * One scenario of a sweep or comparison.
 *
 * @param label    how people see it: "group.size=16, shuttles.vehicles=3", or a compared file's name
 * @param settings the varied keys and their values in this variant (for a comparison: {@code file})
 * @param scenario the validated scenario
 */
public record Variant(String label, Map<String, String> settings, Scenario scenario) { }
