package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help a new user can read: no reference to a document we do not ship, no key name broken across two lines. */
class HelpTextTest {
  /** A line that ends inside a word ("shuttles." / "index." / "zones.<id>.") when the next line goes on with it. */
  private static final Pattern CUT_END = Pattern.compile(".*[A-Za-z0-9>][.\\-/]$");
  private static final Pattern GOES_ON = Pattern.compile("^[a-z0-9<].*");

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    return out.toString();
  }

  @Test
  void everyCommandsHelpIsWholeWordsAndNeverSaysSpec() {
    List<String> commands = new CommandLine(new Main()).getSubcommands().keySet().stream().toList();
    assertTrue(commands.size() >= 10, commands.toString());
    for (String c : commands) {
      String text = help(c, "--help");
      assertFalse(text.toLowerCase(Locale.ROOT).matches("(?s).*\\bspec\\b.*"), c + ": " + text);
      String[] lines = text.split("\\R");
      for (int i = 0; i + 1 < lines.length; i++) {
        String next = lines[i + 1].strip();
        String line = lines[i].stripTrailing();
        boolean abbreviation = line.endsWith("e.g.") || line.endsWith("i.e.");
        assertFalse(!abbreviation && CUT_END.matcher(line).matches() && GOES_ON.matcher(next).matches(),
            c + ": a word cut across lines:\n" + lines[i] + "\n" + lines[i + 1]);
      }
    }
  }

  @Test
  void theWrapperBreaksAtSpacesOnly() {
    assertEquals(List.of("Keys: group.size,", "shuttles.vehicles,", "target.confidence."),
        HelpLayout.wrap("Keys: group.size, shuttles.vehicles, target.confidence.", 20));
    assertEquals(List.of("a", "", "b"), HelpLayout.wrap("a%n%nb".formatted(), 20));
  }
}
