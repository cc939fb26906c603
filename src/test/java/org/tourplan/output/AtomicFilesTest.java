package org.tourplan.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

  /**
   * Only a regular file is replaced, also when something else appeared at the path while the content was made (a
   * FIFO created at a results file's path during a run was replaced; the checks before the work had passed).
   */
  @Test
  void somethingOtherThanARegularFileAtThePathIsLeftAsItIs(@TempDir Path dir)
      throws Exception {
    Path fifo = dir.resolve("results.json");
    Path folder = dir.resolve("folder.json");
    Path link = dir.resolve("link.json");
    Files.createDirectory(folder);
    Files.createSymbolicLink(link, dir.resolve("elsewhere.json"));
    for (Path p : List.of(fifo, folder, link)) {
      IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(p,
          out -> {
            if (p.equals(fifo)) { // appears while the content is being written, after any check before
              try {
                assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
              } catch (InterruptedException ie) {
                throw new IOException(ie);
              }
            }
            out.write(new byte[] {'{', '}'});
          }), p.toString());
      assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO is still there");
    assertTrue(Files.isSymbolicLink(link) && Files.isDirectory(folder));
    try (var s = Files.list(dir)) {
      assertEquals(3, s.count(), "no temporary file left");
    }
  }
}
