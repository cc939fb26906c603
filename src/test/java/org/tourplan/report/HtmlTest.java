package org.tourplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The escaping helper every scenario string goes through. */
class HtmlTest {
  @Test
  void escapesEveryCharacterThatCanOpenMarkup() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.esc("<script>alert(1)</script>"));
    assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", Html.esc("a & b \"c\" 'd'"));
    assertEquals("&amp;lt;", Html.esc("&lt;"));
    assertEquals("", Html.esc(null));
  }

  @Test
  void controlCharactersAreReplacedButTextIsKept() {
    assertEquals("a\uFFFDb\tc\nd 北京", Html.esc("a\u001bb\tc\nd 北京"));
  }
}
