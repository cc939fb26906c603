package org.tourplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one style of numbers: each form on its edge cases, and no dependence on the machine's language. */
class NumbersTest {
  @Test
  void countsAreGroupedAndNounsAgree() {
    assertEquals("27,000", Numbers.count(27_000));
    assertEquals("12.5", Numbers.number(12.5));
    assertEquals("1,234", Numbers.number(1234));
    assertEquals("1,235", Numbers.amount(1234.6));
    assertEquals("7.5", Numbers.amount(7.5));
    assertEquals("1 candidate", Numbers.plural(1, "candidate"));
    assertEquals("12,000 candidates", Numbers.plural(12_000, "candidate"));
    assertEquals("3 persons", Numbers.plural(3, "person", "persons"));
    assertEquals("+1,200", Numbers.delta(1200));
    assertEquals("no change", Numbers.delta(0));
    assertEquals("1.5x", Numbers.factor(1.5));
    assertEquals("2x", Numbers.factor(2));
    assertEquals("141,250 yuan", Numbers.money(141_250, "yuan"));
  }

  @Test
  void percentagesInEachForm() {
    assertEquals("25.0%", Numbers.percent(0.25));
    assertEquals("-", Numbers.percent(Double.NaN));
    assertEquals("95%", Numbers.percentShort(0.95));
    assertEquals("97.5%", Numbers.percentShort(0.975));
    assertEquals("57.3%", Numbers.percentShort(0.573));
    assertEquals("50%", Numbers.percentRounded(0.5));
    assertEquals("0.4%", Numbers.percentRounded(0.004));
    assertEquals("99.5%", Numbers.percentRounded(0.995));
    assertEquals("43%", Numbers.percentRounded(0.4321));
    assertEquals("0.10%", Numbers.share(0.001));
    assertEquals("25.0%", Numbers.share(0.25));
    assertEquals("0.044%", Numbers.chance(0.00044));
    assertEquals("0%", Numbers.percentRounded(0));
  }

  @Test
  void oddsSayOneInNBesideASmallChanceAndWordsAtTheEnds() {
    assertEquals("0.74% (1 in 135)", Numbers.odds(0.0074));
    assertEquals("50.0% (1 in 2)", Numbers.odds(0.5));
    assertEquals("everyone", Numbers.odds(1));
    assertEquals("0%", Numbers.odds(0));
    assertEquals("-", Numbers.odds(Double.NaN));
  }

  @Test
  void clocksWrapOrCountDays() {
    assertEquals("09:05", Numbers.clock(545));
    assertEquals("00:30", Numbers.clock(1470));
    assertEquals("00:30 +1d", Numbers.clockDays(1470));
    assertEquals("", Numbers.clockDays(Double.NaN));
    assertEquals("10:42:30", Numbers.clockSeconds(642.5));
    assertEquals("00:10 (+1d)", Numbers.clockSeconds(1450));
    assertEquals("12.5 min", Numbers.minutes(12.5));
    assertEquals("-", Numbers.minutes(Double.NaN));
    assertEquals("Sat 12 Jul", Numbers.date(LocalDate.of(2025, 7, 12)));
  }

  @Test
  void theMachinesLanguageChangesNothing() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("97.5%", Numbers.percentShort(0.975));
      assertEquals("1,234.5", Numbers.number(1234.5));
      assertEquals("Sat 12 Jul", Numbers.date(LocalDate.of(2025, 7, 12)));
    } finally {
      Locale.setDefault(before);
    }
  }
}
