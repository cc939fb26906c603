package org.tourplan.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: the old file survives a failed write, no temporary file is left, and results are shareable. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path f = dir.resolve("results.json");
    AtomicFiles.write(f, "old".getBytes());
    assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
      out.write("half".getBytes());
      throw new IOException("disk full");
    }));
    assertArrayEquals("old".getBytes(), Files.readAllBytes(f));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "a temporary file was left behind");
    }
  }

  @Test
  void writtenFilesAreReadableByOthers() throws IOException {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path f = dir.resolve("results.json");
    AtomicFiles.write(f, "x".getBytes());
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
  }
}
