package org.tourplan.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fonts the PDF embeds: DejaVu Sans (wide Unicode coverage: arrows, signs, accented names) when the machine has
 * it in a usual font folder. Without it the PDF falls back on the viewer's built-in Helvetica, which knows only
 * Western European letters, so {@link #ascii} spells the report's few other signs in ASCII.
 */
final class Fonts {
  /** File name -> family. */
  static final Map<String, String> FAMILY = Map.of("DejaVuSans.ttf", "DejaVu Sans",
      "DejaVuSans-Bold.ttf", "DejaVu Sans", "DejaVuSansMono.ttf", "DejaVu Sans Mono");
  /** File name -> CSS weight. */
  static final Map<String, Integer> WEIGHT = Map.of("DejaVuSans.ttf", 400, "DejaVuSans-Bold.ttf", 700,
      "DejaVuSansMono.ttf", 400);

  private static final List<String> FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
      System.getProperty("user.home") + "/.local/share/fonts", System.getProperty("user.home") + "/.fonts",
      "/Library/Fonts", System.getProperty("user.home") + "/Library/Fonts", "C:\\Windows\\Fonts");

  private Fonts() {
  }

  /** The DejaVu files found, by file name (empty when none). */
  static Map<String, Path> find() {
    Map<String, Path> out = new TreeMap<>();
    for (String folder : FOLDERS) {
      Path dir = Path.of(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir, 4)) {
        files.filter(f -> FAMILY.containsKey(f.getFileName().toString()) && Files.isReadable(f))
            .forEach(f -> out.putIfAbsent(f.getFileName().toString(), f));
      } catch (IOException | RuntimeException e) {
        // an unreadable font folder only means fewer fonts
      }
    }
    return out;
  }

  /** The report's non-Latin-1 signs in ASCII, for the built-in fonts. */
  static String ascii(String s) {
    return s.replace("\u2192", "->").replace("\u2013", "-").replace("\u2014", "-").replace("\u2264", "<=")
        .replace("\u2265", ">=").replace("\u2212", "-").replace("\u2026", "...");
  }
}
