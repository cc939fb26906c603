package org.tourplan.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;

/** The file operations {@link OutputFolder} is built from: renames, deletion, paths, processes, reasons. */
final class FileOps {
  /** This process's id: it names the hidden folders a run creates, so that the next run knows whose they are. */
  static final long PID = ProcessHandle.current().pid();

  private FileOps() {
  }

  /** {@code p} itself when it exists, else its nearest existing ancestor (the folder where writing begins). */
  static Path existingAncestor(Path p) {
    Path a = p.toAbsolutePath().normalize();
    while (a.getParent() != null && !Files.exists(a)) {
      a = a.getParent();
    }
    return a;
  }

  /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
  static Path realish(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      return parent == null ? abs : realish(parent).resolve(abs.getFileName());
    }
  }

  /** The process id at the start of {@code rest} ({@code <pid>-<id>}), or -1 when there is none. */
  static long pid(String rest) {
    int dash = rest.indexOf('-');
    try {
      return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Whether the process is running (this one counts: another thread may be writing). */
  static boolean alive(long pid) {
    return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Whether {@code dir} holds nothing (false when it cannot be read). */
  static boolean empty(Path dir) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      return !ds.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** The last-modified time of {@code p}, the epoch when unknown. */
  static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** Renames atomically where the file system can. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder tree, leaving it for the next run when that fails. */
  static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException e) {
      // a hidden leftover: the next run of the command deletes it
    }
  }

  /** The operating system's reason for a failed file operation, in words. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Deletes a folder and what it holds, never following symbolic links. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
