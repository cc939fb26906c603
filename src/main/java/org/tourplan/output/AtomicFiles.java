package org.tourplan.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that readers see either the old file or the complete new one, never a partial file: the bytes
 * go to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {
  }

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code target} atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} produces to {@code target} atomically; on failure the target is untouched. Only a
   * regular file is ever replaced: a folder, a FIFO, a device, a socket or a symbolic link found at the path when the
   * file is complete (it may have appeared while a run simulated, after the checks before the work) is left as it
   * is, and the write fails with a {@link java.nio.file.FileSystemException} saying so.
   */
  public static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    replaceable(abs);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // temporary files are created private; the files written here are results meant to be shared
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      replaceable(abs); // again: the content may have taken minutes
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void replaceable(Path abs) throws IOException {
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(abs.toString(), null, "it is not a regular file (a folder, a FIFO, a device, a "
          + "socket or a symbolic link) and was left as it is");
    }
  }

  /**
   * Temporary folders and files are created private (0700/0600); a report is meant to be shared, so it gets the
   * usual 0755/0644 where the file system has POSIX permissions.
   */
  public static void readable(Path dir) throws IOException {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        // a plan folder holds the full reports in sub-folders: they need x to be entered
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(
            Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
