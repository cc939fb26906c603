package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files within every bound the format states run, or are refused at load with the key and the bound: they never end
 * in an internal error (issue 17: a breach bound of 1e-300 overflowed the confirmation's month count after the whole
 * search; a lognormal dwell of mean 1e-300 made every event time NaN; a breach bound of 1e-6 was refused after the
 * search, naming --replications, not the bound).
 */
class WithinBoundsTest {
  @TempDir
  Path tmp;

  private Path file(String extra, String... replacements) throws IOException {
    String text = HostileInputTest.minimal();
    for (int i = 0; i < replacements.length; i += 2) {
      assertTrue(text.contains(replacements[i]), replacements[i]);
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Path f = tmp.resolve("f" + Math.abs((extra + String.join("", replacements)).hashCode()) + ".yaml");
    Files.writeString(f, text + extra);
    return f;
  }

  private static final String PLAN = "target:\n  visitorsPerMonth: 200\nplan:\n  weekdayTours: [1, 2]\n";

  @Test
  void aBreachBoundTooSmallToConfirmIsRefusedAtLoadWithTheBound() throws IOException {
    for (String bound : new String[] {"1e-300", "1e-6", "0.0000035"}) {
      CliTest.Run r = CliTest.run("plan", file(PLAN + "  breachBound: " + bound + "\n").toString(), "--no-progress",
          "--out", tmp.resolve("out").toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains("plan.breachBound: found " + bound), r.err());
      assertTrue(r.err().contains("from 0.0000036 to below 1"), r.err());
      assertTrue(r.err().contains("more than 1,000,000 fresh months"), r.err());
      assertFalse(r.err().contains("internal error") || r.err().contains("--replications"), r.err());
      assertEquals("", r.out(), "refused before the search");
    }
  }

  @Test
  void aLognormalOfTheSmallestMeanAndLargestSpreadSimulates() throws IOException {
    Path f = file("", "showroom: { capacity: 30, dwell: 20 }",
        "showroom: { capacity: 30, dwell: { lognormal: { mean: 1e-300, sd: 1e-298 } } }");
    CliTest.Run r = CliTest.run("simulate", f.toString(), "--replications", "3");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    assertTrue(r.out().matches("(?s).*Visitors +310 persons a month.*"), r.out());
  }
}
