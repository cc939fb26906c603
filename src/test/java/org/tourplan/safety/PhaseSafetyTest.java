package org.tourplan.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.SeasonRunner;
import org.tourplan.verdict.Verdict;

/** Safety per phase: breaches are summed over the phase's months, and the verdict follows the report's rule. */
class PhaseSafetyTest {
  @Test
  void aPhaseWithoutToursIsSafeAndTheBreachingTimetableIsUnsafe() throws Exception {
    // breaks-limits.yaml breaches every limit in every month; a phase with no tours at all cannot breach any
    String text = Files.readString(Path.of("scenarios/breaks-limits.yaml")) + """

        season:
          from: "2025-06"
          to: "2025-08"
          phases:
            - { from: "2025-06", to: "2025-06", schedule: { days: {} } }
        """;
    Scenario s = ScenarioLoader.parse("b.yaml", text.getBytes(StandardCharsets.UTF_8));
    SeasonResults r = SeasonRunner.run(s.withRun(s.seed(), 4), 2);
    List<PhaseSafety> phases = PhaseSafety.of(r);
    assertEquals(2, phases.size());
    PhaseSafety quiet = phases.get(0);
    assertEquals("2025-06", quiet.label());
    assertEquals(Verdict.SAFE, quiet.verdict());
    assertEquals(0, r.months().get(0).scheduledTours());
    assertTrue(quiet.breached().values().stream().allMatch(v -> v == 0));
    PhaseSafety busy = phases.get(1);
    assertEquals("2025-07 to 2025-08 (the file's own timetable)", busy.label());
    assertEquals(8, busy.simulated());
    assertEquals(Verdict.UNSAFE, busy.verdict());
    int july = r.months().get(1).results().breaches().get(0).monthsBreached();
    int august = r.months().get(2).results().breaches().get(0).monthsBreached();
    String first = r.months().get(1).results().breaches().get(0).rule().name();
    assertEquals(july + august, busy.breached().get(first)); // summed over the phase's months
    assertEquals(List.copyOf(busy.breached().keySet()), r.months().get(1).results().breaches().stream()
        .map(b -> b.rule().name()).toList()); // in the file's order
  }
}
