package org.tourplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one style of numbers: each form on its edge cases, and no dependence on the machine's language. */
class FormatTest {
  @Test
  void countsAreGroupedAndNounsAgree() {
    assertEquals("27,000", Format.count(27_000));
    assertEquals("12.5", Format.number(12.5));
    assertEquals("1,234", Format.number(1234));
    assertEquals("1,235", Format.amount(1234.6));
    assertEquals("7.5", Format.amount(7.5));
    assertEquals("1 candidate", Format.plural(1, "candidate"));
    assertEquals("12,000 candidates", Format.plural(12_000, "candidate"));
    assertEquals("3 persons", Format.plural(3, "person", "persons"));
    assertEquals("+1,200", Format.delta(1200));
    assertEquals("no change", Format.delta(0));
    assertEquals("1.5x", Format.factor(1.5));
    assertEquals("2x", Format.factor(2));
    assertEquals("141,250 yuan", Format.money(141_250, "yuan"));
  }

  @Test
  void percentagesInEachForm() {
    assertEquals("25.0%", Format.percent(0.25));
    assertEquals("-", Format.percent(Double.NaN));
    assertEquals("95%", Format.percentShort(0.95));
    assertEquals("97.5%", Format.percentShort(0.975));
    assertEquals("57.3%", Format.percentShort(0.573));
    assertEquals("50%", Format.percentRounded(0.5));
    assertEquals("0.4%", Format.percentRounded(0.004));
    assertEquals("99.5%", Format.percentRounded(0.995));
    assertEquals("43%", Format.percentRounded(0.4321));
    assertEquals("0.10%", Format.share(0.001));
    assertEquals("25.0%", Format.share(0.25));
    assertEquals("0.044%", Format.chance(0.00044));
    assertEquals("0%", Format.percentRounded(0));
  }

  @Test
  void clocksWrapOrCountDays() {
    assertEquals("09:05", Format.clock(545));
    assertEquals("00:30", Format.clock(1470));
    assertEquals("00:30 +1d", Format.clockDays(1470));
    assertEquals("", Format.clockDays(Double.NaN));
    assertEquals("10:42:30", Format.clockSeconds(642.5));
    assertEquals("00:10 (+1d)", Format.clockSeconds(1450));
    assertEquals("12.5 min", Format.minutes(12.5));
    assertEquals("-", Format.minutes(Double.NaN));
    assertEquals("Sat 12 Jul", Format.date(LocalDate.of(2025, 7, 12)));
  }

  @Test
  void theMachinesLanguageChangesNothing() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("97.5%", Format.percentShort(0.975));
      assertEquals("1,234.5", Format.number(1234.5));
      assertEquals("Sat 12 Jul", Format.date(LocalDate.of(2025, 7, 12)));
    } finally {
      Locale.setDefault(before);
    }
  }
}
