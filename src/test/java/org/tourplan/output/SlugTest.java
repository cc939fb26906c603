package org.tourplan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scenario's name can only ever choose a plain folder name directly inside the output folder. */
class SlugTest {
  @Test
  void readableNamesBecomeReadableSlugs() {
    assertEquals("beijing-ev-factory-tour-july-2025", Slug.of("Beijing EV factory tour, July 2025"));
    assertEquals("cafe-muller-s-tour", Slug.of("  Café Müller's   tour!! "));
    assertEquals("script-alert-1-script", Slug.of("<script>alert(1)</script>"));
    assertEquals("etc-passwd", Slug.of("../../etc/passwd"));
    assertEquals("etc", Slug.of("..\\..\\etc"));
  }

  @Test
  void namesWithoutLettersOrDigitsFallBack() {
    assertEquals("scenario", Slug.of(""));
    assertEquals("scenario", Slug.of(null));
    assertEquals("scenario", Slug.of("."));
    assertEquals("scenario", Slug.of(".."));
    assertEquals("scenario", Slug.of("/"));
    // letters the slug cannot keep: a short hash keeps such names apart
    assertTrue(Slug.of("北京工厂参观").matches("scenario-[0-9a-f]{8}"), Slug.of("北京工厂参观"));
    assertNotEquals(Slug.of("北京工厂参观"), Slug.of("上海工厂参观"));
    assertNotEquals(Slug.of("北京 tour"), Slug.of("上海 tour"));
    assertTrue(Slug.of("北京 tour").startsWith("tour-"), Slug.of("北京 tour"));
    assertEquals(Slug.of("北京工厂参观"), Slug.of("北京工厂参观"));
    assertEquals("scenario", Slug.of("\u0000\n\t"));
  }

  @Test
  void longNamesAreCutWithoutATrailingHyphenAndKeptApartByTheirHash() {
    String s = Slug.of("a".repeat(59) + " bcdef and more words after that");
    assertTrue(s.length() <= Slug.MAX, s);
    assertTrue(s.matches("a{51}-[0-9a-f]{8}"), s);
    // two names sharing their first 60 characters (and more) get folders of their own
    String common = "Beijing EV factory tour, July 2025, weekday and weekend timetable, variant ";
    assertNotEquals(Slug.of(common + "A"), Slug.of(common + "B"));
    assertTrue(Slug.of(common + "A").length() <= Slug.MAX);
    // a name that fits is not cut and gets no hash
    assertEquals("a".repeat(60), Slug.of("a".repeat(60)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>alert(1)</script>", "../../etc", "/abs/path", "C:\\Windows\\x", "..", ".",
      "", "北京", "a/../../b", "-leading-and-trailing-", "UPPER lower 123", "%2e%2e%2f", "name\u0000nul",
      "ﬁ ligature ①", "   "})
  void everySlugIsOnePlainSafeFolderName(String name) {
    String s = Slug.of(name);
    assertTrue(s.matches("[a-z0-9]+(-[a-z0-9]+)*"), s);
    assertTrue(s.length() <= Slug.MAX, s);
    assertNotEquals(".", s);
    assertNotEquals("..", s);
    Path out = Path.of("/tmp/out");
    assertEquals(out, out.resolve(s).normalize().getParent(), s);
  }
}
