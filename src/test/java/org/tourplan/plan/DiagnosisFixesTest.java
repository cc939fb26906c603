package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.scenario.Scenario;
import org.tourplan.tour.TourSetup;

/**
 * When only a limit binds, from the spread of durations: the diagnosis names the limit, proposes the value at which
 * the confirmation's test passes on the months it simulated, and that value, written into the file, makes the
 * closest candidate feasible; its counts agree with the months simulated again, independently of the planner.
 */
class DiagnosisFixesTest {
  private static final String SITE = "src/test/resources/plan/long-tours.yaml";
  private static final Pattern FIX = Pattern.compile("limits\\.maxTourMinutes (\\d+) \\(today 104\\) would let "
      + "(.+?) pass: the month's longest tour exceeds \\1 minutes in (\\d+) of the ([\\d,]+) fresh months simulated "
      + "for it .*accepts it at look \\d+ of \\d+ \\((\\d+) of its first ([\\d,]+) months breach a limit\\)");

  private static void has(List<String> lines, String... parts) {
    for (String part : parts) {
      assertTrue(lines.stream().anyMatch(l -> l.contains(part)), "no line with \"" + part + "\" in " + lines);
    }
  }

  private static int number(String s) {
    return Integer.parseInt(s.replace(",", ""));
  }

  @Test
  void aLimitBreachedByTheSpreadOfDurationsGetsTheValueThatPassesAndReplanningWithItFindsTheCandidate()
      throws Exception {
    String text = Files.readString(Path.of(SITE));
    PlanResult p = Planner.plan(ScenarioLoader.parse("long-tours.yaml", text.getBytes(StandardCharsets.UTF_8)), 2,
        null);
    assertNull(p.recommended());
    Diagnosis d = p.diagnosis();
    assertEquals("limits", d.kind());
    // the limit is named wherever the breach is told: the binding line, the near misses, the unconfirmed
    has(d.binding(), "limits.maxTourMinutes breached in", "no change of fleet or guides helps: the same tours with "
        + "1 or 2 vehicles and 1 guide breach limits.maxTourMinutes", "come from the spread of dwell and ride times");
    assertTrue(d.binding().stream().noneMatch(l -> l.contains("on the nominal timeline")), d.binding().toString());
    assertTrue(p.unconfirmed().stream().allMatch(e -> e.reason().startsWith("limits.maxTourMinutes breached")));
    Evaluation closest = p.unconfirmed().stream().filter(e -> e.candidate() != p.current().candidate())
        .findFirst().orElseThrow();
    int atToday = closest.confirmation().byLimit().get("maxTourMinutes");

    String fix = d.fixes().stream().filter(f -> f.startsWith("limits.maxTourMinutes")).findFirst().orElseThrow();
    Matcher m = FIX.matcher(fix);
    assertTrue(m.matches(), fix);
    int value = Integer.parseInt(m.group(1));
    assertTrue(value > 104 && value % 5 == 0, fix);
    assertEquals(closest.candidate().label(), m.group(2));
    has(d.fixes(), "plan.breachBound 0.02 (today 0.01)");

    // the fix applied to the file: the planner now finds that candidate feasible
    PlanResult fixed = Planner.plan(ScenarioLoader.parse("fixed.yaml", text.replace("maxTourMinutes: 104",
        "maxTourMinutes: " + value).getBytes(StandardCharsets.UTF_8)), 2, null);
    assertNotNull(fixed.recommended(), "re-planned with maxTourMinutes " + value);
    assertEquals(closest.candidate().frame(), fixed.recommended().candidate().frame());
    assertTrue(fixed.recommended().confirmation().passed());
    // its confirmation sees the months the fix was judged on: the same breaches at the same look
    assertEquals(number(m.group(6)), fixed.recommended().confirmation().months(), fix);
    assertEquals(number(m.group(5)), fixed.recommended().confirmation().monthsBreached(), fix);

    // and the months simulated again outside the planner agree with both counts: months whose longest tour
    // exceeds 104 (the confirmation's count) and the value proposed (the fix's)
    int n = number(m.group(4));
    Scenario s = fixed.scenario();
    TourSetup setup = new Compiler().compile(s);
    int longest = setup.layout().byName("tourMinutesMax").index();
    double[][] v;
    try (LocalExecutor ex = new LocalExecutor(2)) {
      v = ex.run(setup, Confirmer.CONFIRM_FROM, Confirmer.CONFIRM_FROM + n);
    }
    int over104 = 0;
    int overValue = 0;
    for (int i = 0; i < n; i++) {
      over104 += v[longest][i] > 104 ? 1 : 0;
      overValue += v[longest][i] > value ? 1 : 0;
    }
    assertEquals(closest.confirmation().months(), n);
    assertEquals(atToday, over104);
    assertEquals(Integer.parseInt(m.group(3)), overValue);
  }
}
