package org.tourplan.sweep;

import java.util.List;
import java.util.Map;
import org.tourplan.scenario.Scenario;

/**
 * One scenario of a sweep or comparison.
 *
 * @param label    how people see it: "group.size=16, shuttles.vehicles=3", or a compared file's name
 * @param settings the varied keys and their values in this variant (for a comparison: {@code file})
 * @param scenario the validated scenario, or null when the values make the file invalid
 * @param problems why the values make the file invalid, one "key.path: message" each as the loader says it;
 *                 empty for a valid variant
 * @param asWritten true for the variant of a sweep whose values are the base file's own (the file as written)
 */
public record Variant(String label, Map<String, String> settings, Scenario scenario, List<String> problems,
                      boolean asWritten) {
  /** Checks that a variant is either valid (a scenario, no problems) or not (no scenario, its problems). */
  public Variant {
    problems = List.copyOf(problems);
    if ((scenario == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a variant has a scenario or problems, not both or neither");
    }
  }

  /** A variant that is not the file as written. */
  public Variant(String label, Map<String, String> settings, Scenario scenario, List<String> problems) {
    this(label, settings, scenario, problems, false);
  }

  /** A valid variant. */
  public Variant(String label, Map<String, String> settings, Scenario scenario) {
    this(label, settings, scenario, List.of());
  }

  /** This variant, marked as the file as written or not. */
  public Variant asWritten(boolean written) {
    return new Variant(label, settings, scenario, problems, written);
  }

  /** A variant whose values make the file invalid: it is shown with its reasons but never simulated. */
  public static Variant invalid(String label, Map<String, String> settings, List<String> problems) {
    return new Variant(label, settings, null, problems);
  }

  /** True when the values give a valid scenario. */
  public boolean valid() {
    return scenario != null;
  }

  /** The loader's reasons in one line ("" for a valid variant). */
  public String reason() {
    return String.join("; ", problems);
  }
}
