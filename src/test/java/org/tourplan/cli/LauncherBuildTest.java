package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.testing.Slow;

/**
 * {@code bin/tourplan} on a checkout whose build fails exits 4, its own code (documented in the README and the
 * script), never 3, which is a command's internal error: nothing ran, and the message says so.
 */
@Slow
class LauncherBuildTest {
  @TempDir
  Path repo;

  @Test
  void aFailedBuildExitsFourAndSaysNoCommandRan() throws Exception {
    Files.createDirectories(repo.resolve("bin"));
    Files.copy(Path.of("bin/tourplan"), repo.resolve("bin/tourplan"));
    repo.resolve("bin/tourplan").toFile().setExecutable(true);
    Files.writeString(repo.resolve("pom.xml"), "this is not a pom\n", StandardCharsets.UTF_8);
    Files.createDirectories(repo.resolve("src/main"));
    Files.createDirectories(repo.resolve("schema"));
    File err = repo.resolve("stderr.txt").toFile();
    Process p = new ProcessBuilder("bash", repo.resolve("bin/tourplan").toString(), "--version")
        .redirectOutput(repo.resolve("stdout.txt").toFile()).redirectError(err).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/tourplan still running after 120 s");
    String text = Files.readString(err.toPath(), StandardCharsets.UTF_8);
    assertEquals(4, p.exitValue(), text);
    assertTrue(text.contains("could not build") && text.contains("no command ran"), text);
    assertEquals("", Files.readString(repo.resolve("stdout.txt"), StandardCharsets.UTF_8));
  }
}
