package org.tourplan.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The description of every command wrapped at spaces only. picocli wraps at every line-break opportunity of the
 * JDK's line {@link java.text.BreakIterator}, which includes the dot of {@code shuttles.vehicles} and
 * {@code index.html}: a key name split across two lines cannot be read or copied.
 */
final class HelpLayout {
  private HelpLayout() {
  }

  /** Installs the description renderer on {@code cl} and every subcommand under it. */
  static void install(CommandLine cl) {
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> {
      UsageMessageSpec u = help.commandSpec().usageMessage();
      StringBuilder b = new StringBuilder();
      for (String paragraph : u.description()) {
        for (String line : wrap(String.format(paragraph), u.width())) {
          b.append(line).append(System.lineSeparator());
        }
      }
      return b.toString();
    });
    cl.getSubcommands().values().forEach(HelpLayout::install);
  }

  /** {@code text} in lines of at most {@code width} characters, broken at spaces only (a longer word stands alone). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String given : text.split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : given.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
