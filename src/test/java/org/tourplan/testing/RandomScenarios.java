package org.tourplan.testing;

import java.util.Random;

/**
 * Random VALID scenario files for property tests, one per seed: the same seed gives the same text on every machine
 * and JDK ({@link Random} is specified to the bit), so a failure is reproduced by its seed alone.
 *
 * <p>API (kept small and stable: other tests cherry-pick it):
 * <pre>{@code
 *   String yaml = RandomScenarios.yaml(seed);                                  // any file the loader accepts
 *   String json = RandomScenarios.json(seed);                                  // the same scenario, as JSON
 *   String fast = RandomScenarios.yaml(seed, RandomScenarios.Options.small()); // one that simulates quickly
 *   Scenario s = ScenarioLoader.parse(RandomScenarios.fileName(seed, true), yaml.getBytes(UTF_8));
 * }</pre>
 * {@code yaml(seed, o)} and {@code json(seed, o)} describe the same scenario (the loader reads them to equal
 * models); only the text differs. Both are valid by construction (a test loads thousands of seeds of each).
 *
 * <p>What the files hold: zone ids of every kind the format allows (dots, Chinese, right-to-left text, exactly 64
 * characters, YAML look-alikes, line separators, control characters, the empty id; see {@link ZoneIds}); routes that
 * visit a zone twice; one-way and symmetric legs whose needed pairs are reached through other legs, self legs and
 * repeated legs; every distribution family (and the forms that load as a constant); party sizes as one number or
 * weights (zero weights included); no-shows, overbooking, maxSize below or at its default; every shuttle mode, with
 * planIterations other than the default; guides; schedules with days, closed and extra dates (inside and outside
 * the months covered, repeated times) and {@code monthly} days; limits low enough to breach or not, blackouts (some
 * wrapping past midnight); targets; demand with growth, returns and preference points; seasons with phases and
 * their own schedules; plan sections with every axis form, start bounds, costs and replications. The YAML mixes
 * block and flow style, quoting styles, unquoted times and dates, anchors and aliases, comments, hexadecimal and
 * grouped integers, YAML 1.1 booleans and CRLF line ends (see {@link TreeText}); keys come in any order.
 */
public final class RandomScenarios {
  private RandomScenarios() {
  }

  /**
   * How large the scenarios may be.
   *
   * @param maxZones          zones in the file (with {@code extremes}, rarely up to the format's 500)
   * @param maxRoute          zones on the route, repeats included
   * @param maxToursPerDay    start times in one list of a schedule
   * @param maxReplications   months simulated ({@code replications})
   * @param maxPlanIterations jsprit iterations per solve ({@code shuttles.planIterations})
   * @param maxSeasonMonths   months of a season (the format allows 36)
   * @param extremes          whether values reach the format's bounds (groups of 10,000, 100,000 replications,
   *                          durations of a day, 1e9 limits): files to load, not to simulate
   */
  public record Options(int maxZones, int maxRoute, int maxToursPerDay, int maxReplications,
                        int maxPlanIterations, int maxSeasonMonths, boolean extremes) {
    public Options {
      if (maxZones < 1 || maxRoute < 1 || maxToursPerDay < 1 || maxReplications < 1 || maxPlanIterations < 1
          || maxSeasonMonths < 1 || maxSeasonMonths > 36 || maxPlanIterations > 100_000
          || maxReplications > 100_000 || maxZones > 500 || maxRoute > 500) {
        throw new IllegalArgumentException("options out of the format's bounds: " + this);
      }
    }

    /** Anything the loader accepts, up to its bounds. */
    public static Options full() {
      return new Options(40, 12, 8, 100_000, 100_000, 36, true);
    }

    /**
     * Small files that simulate in milliseconds: at most 4 zones, 4 route stops, 2 tours a day on at most 2 days of
     * the week, 3 replications, 25 jsprit iterations, 3 months of season, short durations.
     */
    public static Options small() {
      return new Options(4, 4, 2, 3, 25, 3, false);
    }
  }

  /** A valid scenario file in YAML, of any size the format allows. */
  public static String yaml(long seed) {
    return yaml(seed, Options.full());
  }

  /** The scenario of {@link #yaml(long)} in JSON. */
  public static String json(long seed) {
    return json(seed, Options.full());
  }

  /** A valid scenario file in YAML within the options. */
  public static String yaml(long seed, Options options) {
    return TreeText.yaml(new ScenarioTree(seed, options).build(), new Random(~seed));
  }

  /** The scenario of {@link #yaml(long, Options)} in JSON. */
  public static String json(long seed, Options options) {
    return TreeText.json(new ScenarioTree(seed, options).build(), new Random(~seed));
  }

  /** A file name for the text (the loader picks the format by extension), e.g. "random-42.yaml". */
  public static String fileName(long seed, boolean yaml) {
    return "random-" + seed + (yaml ? ".yaml" : ".json");
  }
}
