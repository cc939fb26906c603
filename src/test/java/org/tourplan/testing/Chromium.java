package org.tourplan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Headless Chromium for the tests that look at written pages (the month report's, the fit's). */
public final class Chromium {
  /** Where those tests write their pages, screenshots and Chromium's output. */
  public static final Path DIR = Path.of("target", "browser").toAbsolutePath();

  private Chromium() {
  }

  /** Runs Chromium headless with a fresh profile; returns its standard output. */
  public static String run(String chromium, String name, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(DIR, "profile-" + name + "-");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = DIR.resolve(name + ".out");
    Path err = DIR.resolve(name + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail("Chromium did not finish in 120 s: " + String.join(" ", cmd));
      }
      assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(err, StandardCharsets.UTF_8));
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      deleteTree(profile);
    }
  }

  public static String find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }

  /** Deletes a folder and what it holds (never following links: Chromium's profile has some). */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
