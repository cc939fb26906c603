package org.tourplan.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourplan.format.FormatSchema;
import org.tourplan.format.ScenarioException;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;

/** The generator's promise: every file it makes is valid, the same seed makes the same file, and it varies. */
class RandomScenariosTest {
  static Scenario load(long seed, boolean yaml, RandomScenarios.Options o) {
    String text = yaml ? RandomScenarios.yaml(seed, o) : RandomScenarios.json(seed, o);
    try {
      return ScenarioLoader.parse(RandomScenarios.fileName(seed, yaml), text.getBytes(UTF_8));
    } catch (ScenarioException e) {
      throw new AssertionError("seed " + seed + (yaml ? " (YAML)" : " (JSON)") + " is refused:\n" + e.getMessage()
          + "\n--- the file:\n" + text, e);
    }
  }

  @Test
  void everyFileOfThousandsOfSeedsLoads() {
    for (long seed = 0; seed < 1000; seed++) {
      load(seed, true, RandomScenarios.Options.full());
      load(seed, false, RandomScenarios.Options.full());
    }
  }

  @Test
  void everySmallFileLoadsAndStaysSmall() {
    RandomScenarios.Options small = RandomScenarios.Options.small();
    for (long seed = 0; seed < 1500; seed++) {
      Scenario s = load(seed, seed % 2 == 0, small);
      assertTrue(s.zones().size() <= small.maxZones() && s.route().size() <= small.maxRoute()
          && s.replications() <= small.maxReplications() && s.shuttles().planIterations() <= 500
          && (s.season() == null || s.season().months().size() <= small.maxSeasonMonths()), "seed " + seed);
    }
  }

  /** Small files are for tests that simulate: a hundred of them run in seconds, every mode included. */
  @Test
  void smallFilesSimulate() {
    for (long seed = 0; seed < 100; seed++) {
      Scenario s = load(seed, true, RandomScenarios.Options.small());
      Results r = Runner.simulate(s, 1, null);
      assertEquals(s.replications(), r.replications(), "seed " + seed);
    }
  }

  /** What the loader accepts the shipped JSON Schema accepts too (editors must not flag a valid file). */
  @Test
  void everyFileIsValidUnderTheJsonSchemaToo() throws Exception {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(FormatSchema.text());
    ObjectMapper json = new ObjectMapper();
    for (long seed = 0; seed < 500; seed++) {
      List<com.networknt.schema.Error> errors = schema.validate(json.readTree(RandomScenarios.json(seed)));
      assertTrue(errors.isEmpty(), "seed " + seed + ": " + errors);
    }
  }

  @Test
  void theSameSeedGivesTheSameTextAndOtherSeedsOtherTexts() {
    assertEquals(RandomScenarios.yaml(7), RandomScenarios.yaml(7));
    assertEquals(RandomScenarios.json(7), RandomScenarios.json(7));
    assertNotEquals(RandomScenarios.yaml(7), RandomScenarios.yaml(8));
  }

  /** The files cover what they promise: a test over them that passes has seen each of these. */
  @Test
  void theFilesCoverEveryModeDistributionAndSection() {
    Set<Shuttles.Mode> modes = EnumSet.noneOf(Shuttles.Mode.class);
    Set<Class<?>> families = new HashSet<>();
    int seasons = 0;
    int phases = 0;
    int plans = 0;
    int revisits = 0;
    int nonDefaultIterations = 0;
    int blackouts = 0;
    int oddIds = 0;
    int[] designs = new int[5]; // even starts, forbidden windows, fixed for all, fixed by class, dayTours
    for (long seed = 0; seed < 500; seed++) {
      Scenario s = load(seed, true, RandomScenarios.Options.full());
      modes.add(s.shuttles().mode());
      for (Zone z : s.zones().values()) {
        families.add(z.dwell().getClass());
        oddIds += z.id().matches("[A-Za-z0-9_-]+") ? 0 : 1;
      }
      seasons += s.season() == null ? 0 : 1;
      phases += s.season() == null ? 0 : s.season().phases().size();
      plans += s.plan().written() ? 1 : 0;
      revisits += s.route().size() > new HashSet<>(s.route()).size() ? 1 : 0;
      nonDefaultIterations += s.shuttles().mode() == Shuttles.Mode.PLANNED
          && s.shuttles().planIterations() != Shuttles.DEFAULT_PLAN_ITERATIONS ? 1 : 0;
      blackouts += s.limits().blackouts().isEmpty() ? 0 : 1;
      PlanSpace.Design d = s.plan().design();
      designs[0] += d.even() ? 1 : 0;
      designs[1] += d.forbidden().isEmpty() ? 0 : 1;
      designs[2] += d.fixed().containsKey(PlanSpace.Design.ALL) ? 1 : 0;
      designs[3] += !d.fixed().isEmpty() && !d.fixed().containsKey(PlanSpace.Design.ALL) ? 1 : 0;
      designs[4] += s.plan().dayTours() != null ? 1 : 0;
    }
    assertEquals(EnumSet.allOf(Shuttles.Mode.class), modes);
    assertEquals(Set.of(Distribution.Constant.class, Distribution.Triangular.class, Distribution.Uniform.class,
        Distribution.Normal.class, Distribution.LogNormal.class, Distribution.Exponential.class), families);
    assertTrue(seasons > 50 && phases > 50 && plans > 200 && revisits > 50 && nonDefaultIterations > 50
        && blackouts > 50 && oddIds > 200, seasons + " seasons, " + phases + " phases, " + plans + " plans, "
        + revisits + " routes with revisits, " + nonDefaultIterations + " planned fleets with their own iterations, "
        + blackouts + " with blackouts, " + oddIds + " odd zone ids");
    // the plan's start-time design in each of its forms (issue 19's keys), so the round trip sees them all
    assertTrue(java.util.Arrays.stream(designs).allMatch(n -> n > 25), "even, forbidden, fixed for all, fixed by "
        + "class, dayTours: " + java.util.Arrays.toString(designs));
  }
}
