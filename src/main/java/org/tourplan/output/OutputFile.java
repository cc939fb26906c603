package org.tourplan.output;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a results file's path ({@code --json PATH}) before any work: the file is replaced atomically (see
 * {@link AtomicFiles}), so whatever is at the path goes, and only a regular file that is not an input of the run
 * and not part of a folder a command wrote may be there.
 */
public final class OutputFile {
  private OutputFile() {
  }

  /**
   * Refuses a path that is empty, names a folder ({@code dir/}, or an existing folder), is something other than a
   * regular file (a FIFO, a device, a socket, a symbolic link), is one of {@code inputs}, lies in {@code folder}
   * (which the same run replaces; may be null) or is one of the folders above it, lies in any folder a command
   * wrote, or whose folder cannot be written (with the operating system's reason).
   *
   * @param option the option's name for messages ({@code --json})
   * @param given  the path as the user typed it (a trailing separator is lost once it is a {@link Path})
   * @throws OutputFolder.Refused saying what is wrong
   */
  public static void check(String option, String given, List<Path> inputs, OutputFolder folder) throws IOException {
    if (given.isEmpty()) {
      throw new OutputFolder.Refused(option + ": empty path; give a file name such as results.json");
    }
    if (given.endsWith("/") || given.endsWith(File.separator)) {
      throw new OutputFolder.Refused(option + " " + given + " names a folder; give a file name such as "
          + "results.json");
    }
    Path abs = Path.of(given).toAbsolutePath().normalize();
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw new OutputFolder.Refused(option + " " + given + " is a folder; give a file name such as results.json");
      }
      if (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw new OutputFolder.Refused(option + " " + given + " is not a regular file (a device, a FIFO, a socket "
            + "or a symbolic link): tourplan replaces only regular files; give another file name");
      }
      for (Path in : inputs) {
        if (Files.exists(in) && Files.isSameFile(abs, in)) {
          throw new OutputFolder.Refused(option + " " + given + " is an input of this run (" + in + "): writing "
              + "the results there would replace it; give another file name");
        }
      }
    }
    if (folder != null && folder.path().startsWith(abs)) {
      throw new OutputFolder.Refused(option + " " + given + " is where this run writes its folder " + folder.path()
          + " (the results file would stand in its way); give a file outside it");
    }
    if (folder != null && abs.startsWith(folder.path())) {
      throw new OutputFolder.Refused(option + " " + given + " lies in " + folder.path() + ", which this run "
          + "replaces as a whole; give a file outside it");
    }
    for (Path p = abs.getParent(); p != null; p = p.getParent()) {
      String[] m = OutputFolder.readMarker(p);
      if (m != null) {
        throw new OutputFolder.Refused(option + " " + given + " lies in " + p + ", written by 'tourplan " + m[0]
            + "' (which replaces it as a whole); give a file outside it");
      }
    }
    Path existing = FileOps.existingAncestor(abs.getParent());
    if (!Files.isDirectory(existing)) {
      throw new OutputFolder.Refused("cannot write " + given + ": " + existing + " is not a folder");
    }
    try {
      // a probe where the file (or its folders) will be created, that leaves nothing behind
      Files.delete(Files.createTempFile(existing, ".tourplan-probe-", ".tmp"));
    } catch (IOException e) {
      throw new OutputFolder.Refused("cannot write " + given + ": cannot create a file in " + existing + ": "
          + OutputFolder.reason(e));
    }
  }
}
