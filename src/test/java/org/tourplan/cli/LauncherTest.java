package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/tourplan, the launcher, on a repository of its own with a stand-in {@code mvn} (counts its builds, takes two
 * seconds, writes the jar) and {@code java} (says what it would run) on the PATH: two runs at once on a stale jar
 * build once (one of them once failed with exit 3, the two builds racing); a source dated in the future does not
 * make every run rebuild; a changed source does; a failed build is exit 3.
 */
class LauncherTest {
  @TempDir
  Path tmp;
  Path repo;
  Path fakes;
  Path builds;

  private static void script(Path p, String text) throws IOException {
    Files.writeString(p, "#!/usr/bin/env bash\n" + text);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @BeforeEach
  void repository() throws IOException {
    repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("bin"));
    Files.createDirectories(repo.resolve("src/main/java"));
    Files.createDirectories(repo.resolve("schema"));
    Files.copy(Path.of("bin/tourplan"), repo.resolve("bin/tourplan"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    Files.writeString(repo.resolve("src/main/java/A.java"), "class A { }\n");
    Files.writeString(repo.resolve("schema/s.json"), "{}\n");
    fakes = tmp.resolve("fakes");
    builds = tmp.resolve("builds.txt");
    Files.createDirectories(fakes);
    script(fakes.resolve("mvn"), "echo build >> '" + builds + "'\nsleep 2\n"
        + "if [ -f FAIL ]; then echo 'compilation failed' >&2; exit 1; fi\n"
        + "mkdir -p target && echo jar > target/tourplan.jar\n");
    script(fakes.resolve("java"), "echo \"java $*\"\n");
  }

  private Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(repo.resolve("bin/tourplan").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PATH", fakes + ":" + System.getenv("PATH"));
    return pb.start();
  }

  private record Ran(int code, String out) { }

  private static Ran finish(Process p) throws Exception {
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
    return new Ran(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private int builds() throws IOException {
    return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
  }

  @Test
  void twoRunsAtOnceOnAStaleJarBuildOnceAndBothRun() throws Exception {
    Process a = start("validate", "a.yaml");
    Process b = start("validate", "b.yaml");
    Ran ra = finish(a);
    Ran rb = finish(b);
    assertEquals(0, ra.code(), ra.out());
    assertEquals(0, rb.code(), rb.out());
    assertTrue(ra.out().contains("java -jar " + repo.resolve("target/tourplan.jar") + " validate a.yaml"), ra.out());
    assertTrue(rb.out().contains("validate b.yaml"), rb.out());
    assertEquals(1, builds(), "one build, the other run waited for it:\n" + ra.out() + "\n" + rb.out());
    assertTrue(Files.notExists(repo.resolve("target/.tourplan-build.lock")), "the lock is released");
  }

  @Test
  void aSourceDatedInTheFutureDoesNotRebuildEveryRunButAChangeDoes() throws Exception {
    assertEquals(0, finish(start("--version")).code());
    assertEquals(1, builds());
    Files.setLastModifiedTime(repo.resolve("src/main/java/A.java"),
        FileTime.from(Instant.now().plus(400, ChronoUnit.DAYS)));
    for (int i = 0; i < 3; i++) {
      Ran r = finish(start("--version"));
      assertEquals(0, r.code(), r.out());
      assertTrue(r.out().contains("java -jar"), r.out());
    }
    assertEquals(1, builds(), "the same sources: no more builds although A.java stays newer than the jar");
    Files.writeString(repo.resolve("src/main/java/A.java"), "class A { int changed; }\n");
    Files.setLastModifiedTime(repo.resolve("src/main/java/A.java"),
        FileTime.from(Instant.now().plus(401, ChronoUnit.DAYS)));
    assertEquals(0, finish(start("--version")).code());
    assertEquals(2, builds(), "a changed source is built");
  }

  @Test
  void aFailedBuildIsExit4AndLeavesNoLock() throws Exception {
    Files.writeString(repo.resolve("FAIL"), "");
    Ran r = finish(start("--version"));
    assertEquals(4, r.code(), r.out()); // no command ran (bin/tourplan's own code, README)
    assertTrue(r.out().contains("compilation failed") && r.out().contains("could not build") && r.out().contains("no command ran"), r.out());
    assertTrue(Files.notExists(repo.resolve("target/.tourplan-build.lock")));
  }
}
