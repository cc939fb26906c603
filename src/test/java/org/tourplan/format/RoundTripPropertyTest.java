package org.tourplan.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tourplan.app.PlanJob;
import org.tourplan.report.results.ResultsJson;
import org.tourplan.report.results.SeasonJson;
import org.tourplan.run.Compiler;
import org.tourplan.run.ModeComparison;
import org.tourplan.run.Runner;
import org.tourplan.run.SeasonRunner;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.testing.ModelDiff;
import org.tourplan.testing.RandomScenarios;

/**
 * The scenario text is the wire format (cluster units, sweep variants, recommended.yaml): load -> write -> load
 * gives an EQUAL scenario, component by component ({@link ModelDiff} walks every record component, so a component
 * added later is compared too), and the same results file, byte for byte; two loads of one file are equal and hash
 * alike; and the writer writes, and the test files hold, every key of the format (the schema's keys, which a test
 * keeps equal to the loader's), so a key the loader learns and the writer forgets fails here.
 */
class RoundTripPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Scenario parse(String name, String text) {
    try {
      return ScenarioLoader.parse(name, text.getBytes(UTF_8));
    } catch (ScenarioException e) {
      throw new AssertionError(name + " is refused:\n" + e.getMessage() + "\n--- the file:\n" + text, e);
    }
  }

  static Scenario random(long seed, boolean yaml, RandomScenarios.Options o) {
    return parse(RandomScenarios.fileName(seed, yaml), yaml ? RandomScenarios.yaml(seed, o) : RandomScenarios.json(seed, o));
  }

  /**
   * The scenario written and read back, checked equal to it, and written again: the same text, byte for byte (the
   * writer is a function of the scenario alone, so what a worker re-sends or a sweep re-writes is the same file);
   * returns the one read back.
   */
  static Scenario roundTrip(String what, Scenario s) {
    String header = "written by a test: " + what;
    String yaml = ScenarioWriter.yaml(s, header);
    Scenario back = parse(what + " written.yaml", yaml);
    String diff = ModelDiff.first(s, back);
    assertNull(diff, () -> what + ": the written file reads back otherwise at " + diff + "\n--- written:\n" + yaml);
    assertEquals(s, back, what);
    assertEquals(s.hashCode(), back.hashCode(), what);
    String again = ScenarioWriter.yaml(back, header);
    assertEquals(yaml, again, () -> what + ": written twice, the text differs");
    assertArrayEquals(yaml.getBytes(UTF_8), again.getBytes(UTF_8), what);
    return back;
  }

  @Test
  void loadWriteLoadIsEqualForOneThousandRandomScenarios() {
    for (long seed = 0; seed < 1000; seed++) {
      Scenario s = random(seed, seed % 3 != 0, RandomScenarios.Options.full());
      Scenario back = roundTrip("seed " + seed, s);
      roundTrip("seed " + seed + " written twice", back);
    }
  }

  @Test
  void simulateGivesTheSameResultsFileForTheFileAndItsWrittenCopy() {
    int seasons = 0;
    for (long seed = 0; seed < 1000; seed++) {
      Scenario s = random(seed, seed % 2 == 0, RandomScenarios.Options.small());
      Scenario back = roundTrip("small seed " + seed, s);
      assertArrayEquals(ResultsJson.bytes(Runner.simulate(s, 1, null)),
          ResultsJson.bytes(Runner.simulate(back, 1, null)), "small seed " + seed);
      if (s.season() != null && seasons++ < 100) {
        assertArrayEquals(SeasonJson.bytes(SeasonRunner.run(s, 1)), SeasonJson.bytes(SeasonRunner.run(back, 1)),
            "small seed " + seed + ", its season");
      }
    }
    assertTrue(seasons > 50, seasons + " seasons");
  }

  /**
   * What commands send to workers is often a file changed in code: other seed and months, one month of the season,
   * another shuttle mode, another target. Written and read back, each is the same scenario, but for the plan's
   * defaults a file cannot write ({@link #derived}), which it derives again from the changed file: no simulation
   * reads them.
   */
  @Test
  void scenariosChangedInCodeReadBackTheSame() {
    for (long seed = 0; seed < 300; seed++) {
      Scenario s = random(seed, true, RandomScenarios.Options.small());
      List<Scenario> changed = new java.util.ArrayList<>(List.of(s.withRun(~seed, 1 + (int) (seed % 5)),
          ModeComparison.withMode(s, Shuttles.Mode.values()[(int) (seed % 3)]),
          PlanJob.withTarget(s, seed % 2 == 0 ? 0.0 : 500.0, 0.9)));
      if (s.season() != null) {
        s.season().months().forEach(m -> changed.add(s.forMonth(m)));
      }
      for (Scenario c : changed) {
        Scenario back = parse("changed " + seed + ".yaml", ScenarioWriter.yaml(c, "changed"));
        assertEquals(List.of(), ModelDiff.all(c, back, derived(c)), "seed " + seed);
        assertArrayEquals(ResultsJson.bytes(Runner.simulate(c, 1, null)),
            ResultsJson.bytes(Runner.simulate(back, 1, null)), "seed " + seed);
      }
    }
  }

  /**
   * What a written file cannot say of a scenario changed in code, and reads back from the rest of the file: a plan
   * section the file did not have; a written plan's replications below 2 (defaults of replications: 1, which no
   * file can write); weekdayTours and weekendTours beside dayTours (unused defaults the file cannot write with it).
   */
  private static Set<String> derived(Scenario c) {
    Set<String> out = new java.util.HashSet<>();
    if (!c.plan().written()) {
      out.add("scenario.plan");
    }
    if (c.plan().maxReplications() < 2) {
      out.add("scenario.plan.maxReplications");
    }
    if (c.plan().dayTours() != null) {
      out.add("scenario.plan.weekdayTours");
      out.add("scenario.plan.weekendTours");
    }
    return out;
  }

  @Test
  void twoLoadsOfOneFileAreEqualAndHashAlike() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Stream.concat(Files.list(Path.of("scenarios")), Files.list(Path.of(
        "src/test/resources/scenarios")))) {
      files = s.filter(p -> p.toString().matches(".*\\.(yaml|json)")).sorted().toList();
    }
    assertTrue(files.size() >= 8, files.toString());
    for (Path f : files) {
      Scenario a = load(f);
      Scenario b = load(f);
      // equal by content, not by sharing: each load builds its own travel table (arrays) and distributions
      assertNotSame(a.travel(), b.travel(), f.toString());
      assertEquals(a.travel(), b.travel(), f.toString());
      assertEquals(a.travel().hashCode(), b.travel().hashCode(), f.toString());
      assertNull(ModelDiff.first(a, b), f.toString());
      assertEquals(a, b, f.toString());
      assertEquals(a.hashCode(), b.hashCode(), f.toString());
      Compiler compiler = new Compiler(); // it caches by scenario: the second load is the first one's setup
      assertSame(compiler.compile(a), compiler.compile(b), f.toString());
      assertEquals(1, compiler.count());
      roundTrip(f.toString(), a);
    }
    for (long seed = 0; seed < 200; seed++) {
      Scenario a = random(seed, true, RandomScenarios.Options.full());
      Scenario b = random(seed, false, RandomScenarios.Options.full());
      assertNull(ModelDiff.first(a, b), "seed " + seed + ": YAML and JSON");
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
    }
  }

  /**
   * Every key of the format is written for some scenario, but those the model keeps only in resolved form:
   * {@code monthly} days become the extra dates they stand for, and an axis range its list of values.
   */
  @Test
  void theWriterWritesEveryKeyOfTheFormat() {
    Set<String> named = SchemaKeys.named();
    Set<String> missing = new TreeSet<>(named);
    missing.removeIf(k -> k.endsWith(".monthly") || k.matches("\\.plan\\.(\\w+\\.)+(from|to|step)"));
    for (long seed = 0; seed < 300 && !missing.isEmpty(); seed++) {
      missing.removeAll(SchemaKeys.of(ScenarioWriter.tree(random(seed, true, RandomScenarios.Options.full())),
          named));
    }
    assertEquals(Set.of(), missing, "keys the writer never wrote (a key the loader reads and the writer forgets "
        + "is lost on the way to a cluster worker, in a sweep variant and in recommended.yaml)");
  }

  /** The random files hold every key of the format, so the round trip above is tried on each. */
  @Test
  void theRandomFilesHoldEveryKeyOfTheFormat() throws IOException {
    Set<String> named = SchemaKeys.named();
    Set<String> missing = new TreeSet<>(named);
    for (long seed = 0; seed < 300 && !missing.isEmpty(); seed++) {
      missing.removeAll(SchemaKeys.of(JSON.readTree(RandomScenarios.json(seed)), named));
    }
    assertEquals(Set.of(), missing, "keys org.tourplan.testing.RandomScenarios never writes: teach it the new key");
  }

  private static Scenario load(Path f) {
    try {
      return ScenarioLoader.load(f);
    } catch (ScenarioException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
