package org.tourplan.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The folder a command writes, and the one way any command replaces it.
 *
 * <p>Layout, under the output folder {@code OUT} ({@code reports} by default): {@code OUT/<slug of the scenario's
 * name>/<kind>/}, where {@code <kind>} is {@code report}, {@code plan}, {@code season}, {@code fit}, {@code sweep-<slug of the varied keys>} or
 * {@code compare-<slug of the other files' names>}. Each command and question has its own folder, so following
 * the README (plan, then report, then sweep...) never lets one command's output replace another's.
 *
 * <p>Every folder written here carries a marker file, {@value #MARKER}, naming the command and the question
 * (the scenario's name; the varied keys; the compared scenarios). A command replaces only a folder whose marker
 * names the same command and question; anything else there (a folder tourplan did not write, the output of another
 * command, another scenario whose name has the same slug) and a folder holding one of the run's inputs are refused
 * with {@link Refused}, before the work starts ({@link #check}) and again at the swap.
 *
 * <p>All or nothing: the files go into a fresh hidden sibling {@code .<kind>.new-<pid>-<id>}; once complete, the
 * earlier folder is renamed aside to {@code .<kind>.old-<pid>-<id>}, the new one renamed into place and the old
 * one deleted. A failure or Ctrl-C before the swap deletes the new folder; Ctrl-C during the swap waits for it to
 * finish (the hook and the swap take turns), so a folder is always in place. A hard kill can leave either sibling behind: the next run of the same command recovers them
 * (an {@code .old-*} folder whose target is missing is renamed back; the rest of a dead run's leftovers are
 * deleted; a live run's are left alone, known by the process id in the name).
 *
 * <p>About 400 lines on purpose: the layout, the marker, the refusals and the all-or-nothing swap with its recovery
 * are one protocol; every command writes through it, so it reads best whole.
 */
public final class OutputFolder {
  /** The marker file in every folder a command writes. */
  public static final String MARKER = ".tourplan-output";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long PID = FileOps.PID;

  /** The commands that write a folder. */
  public enum Kind {
    /** {@code tourplan report}. */
    REPORT("report", "the report"),
    /** {@code tourplan plan}. */
    PLAN("plan", "the plan"),
    /** {@code tourplan sweep}. */
    SWEEP("sweep", "the sweep"),
    /** {@code tourplan compare}. */
    COMPARE("compare", "the comparison"),
    /** {@code tourplan season}. */
    SEASON("season", "the season report"),
    /** {@code tourplan draw}. */
    DRAW("draw", "the draw"),
    /** {@code tourplan fit}. */
    FIT("fit", "the fit"),
    /** {@code tourplan plan} of a file with a season. */
    SEASON_PLAN("season-plan", "the season plan");

    private final String command;
    private final String what;

    Kind(String command, String what) {
      this.command = command;
      this.what = what;
    }

    /** The command's name. */
    public String command() {
      return command;
    }

    static Kind of(String command) {
      for (Kind k : values()) {
        if (k.command.equals(command)) {
          return k;
        }
      }
      return null;
    }
  }

  /** A folder or file the command will not replace, or cannot write; the message says which, why and what to do. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    /** A refusal with its message for people. */
    public Refused(String message) {
      super(message);
    }
  }

  /** Writes a folder's files into an existing, empty folder. */
  @FunctionalInterface
  public interface Content {
    /** Writes the files into {@code dir}. */
    void writeTo(Path dir) throws IOException;
  }

  private final Path target;
  private final Kind kind;
  private final String question;
  private List<Path> inputs = List.of();
  /** Runs between the two renames of a swap (tests use it to race another run into that instant); null: none. */
  Runnable betweenRenames;
  /** Runs right after the earlier folder is renamed aside (tests press Ctrl-C there); null: none. */
  Runnable afterFirstRename;
  /** The shutdown hook of the write under way (tests run it as Ctrl-C would, from another thread). */
  Thread cleanupForTests;

  private OutputFolder(Path out, String slug, String leaf, Kind kind, String question) {
    Path root = out.toAbsolutePath().normalize();
    this.target = root.resolve(slug).resolve(leaf);
    if (!target.getParent().getParent().equals(root)) {
      throw new IllegalStateException("slug escaped the output folder: " + slug); // cannot happen: see Slug
    }
    this.kind = kind;
    this.question = question;
  }

  /** {@code OUT/<slug>/report/}: the management report of the scenario named {@code name}. */
  public static OutputFolder report(Path out, String name) {
    return new OutputFolder(out, Slug.of(name), "report", Kind.REPORT, name);
  }

  /** {@code OUT/<slug>/season/}: the season report of the scenario named {@code name}. */
  public static OutputFolder season(Path out, String name) {
    return new OutputFolder(out, Slug.of(name), "season", Kind.SEASON, name);
  }

  /** {@code OUT/<slug>/fit/}: the fit of the scenario named {@code name} to a site's records. */
  public static OutputFolder fit(Path out, String name) {
    return new OutputFolder(out, Slug.of(name), "fit", Kind.FIT, name);
  }

  /**
   * {@code OUT/<slug>/draw-<YYYY-MM>/}: the draw of {@code month} for the scenario named {@code name}, from the
   * applicant file with SHA-256 {@code sha256} and {@code seed}. A draw is a record: it is replaced only by the
   * same draw (same scenario name, month, file and seed, hence the same files), never by another one.
   */
  public static OutputFolder draw(Path out, String name, java.time.YearMonth month, String sha256, long seed) {
    return new OutputFolder(out, Slug.of(name), "draw-" + month, Kind.DRAW,
        name + "\n" + month + "\n" + sha256 + "\n" + seed);
  }

  /** {@code OUT/<slug>/plan/}: the plan of the scenario named {@code name}. */
  public static OutputFolder plan(Path out, String name) {
    return new OutputFolder(out, Slug.of(name), "plan", Kind.PLAN, name);
  }

  /** {@code OUT/<slug>/season-plan/}: the season plan of the scenario named {@code name}. */
  public static OutputFolder seasonPlan(Path out, String name) {
    return new OutputFolder(out, Slug.of(name), "season-plan", Kind.SEASON_PLAN, name);
  }

  /** {@code OUT/<slug>/sweep-<slug of the keys>/}: a sweep of the scenario named {@code name} over {@code keys}. */
  public static OutputFolder sweep(Path out, String name, List<String> keys) {
    return new OutputFolder(out, Slug.of(name), "sweep-" + Slug.of(String.join(" ", keys)), Kind.SWEEP,
        name + "\n" + String.join("\n", keys));
  }

  /**
   * {@code OUT/<slug of the first name>/compare-<slug of the other files' names>/}: the comparison of the
   * scenarios {@code names}, read from {@code files} (same order).
   */
  public static OutputFolder compare(Path out, List<String> names, List<Path> files) {
    List<String> others = new ArrayList<>();
    for (Path f : files.subList(1, files.size())) {
      String n = f.getFileName() == null ? "" : f.getFileName().toString();
      int dot = n.lastIndexOf('.');
      others.add(dot > 0 ? n.substring(0, dot) : n);
    }
    return new OutputFolder(out, Slug.of(names.get(0)), "compare-" + Slug.of(String.join(" ", others)),
        Kind.COMPARE, String.join("\n", names));
  }

  /** The folder (absolute). */
  public Path path() {
    return target;
  }

  /** The command that writes it. */
  public Kind kind() {
    return kind;
  }

  /**
   * Checks, before any work, that the folder can be written and replaced: recovers what an interrupted run left,
   * refuses a folder this command did not write or one holding any of {@code inputs}, and makes sure the folder
   * above can be written (with the operating system's reason when not).
   *
   * @throws Refused saying what is in the way and what to do
   */
  public void check(List<Path> inputs) throws IOException {
    this.inputs = List.copyOf(inputs);
    recover();
    refuse();
    Path parent = target.getParent();
    Path existing = FileOps.existingAncestor(parent);
    try {
      // a probe, where the folders will be created, that leaves nothing behind: the run may still stop early
      Files.delete(Files.createTempDirectory(existing, ".tourplan-probe-"));
    } catch (IOException e) {
      throw new Refused("cannot write " + target + ": cannot create a folder in " + existing + ": " + reason(e));
    }
  }

  /**
   * Writes the folder all or nothing (see the class comment) and returns its path. On failure the earlier folder,
   * if any, is as it was, unless another run replaced it meanwhile, which the {@link Refused} message then says.
   */
  public Path write(Content content) throws IOException {
    recover();
    refuse();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path fresh = parent.resolve("." + target.getFileName() + ".new-" + PID + "-" + UUID.randomUUID());
    Files.createDirectory(fresh);
    AtomicReference<Path> aside = new AtomicReference<>();
    // Ctrl-C runs the hook while this thread goes on: the swap and the hook take turns, so the hook never looks at
    // the folders between the swap's two renames (it once saw the earlier folder renamed aside but not yet recorded,
    // and the run ended with no folder in place)
    Object turns = new Object();
    AtomicBoolean stopped = new AtomicBoolean();
    Thread cleanup = new Thread(() -> {
      synchronized (turns) {
        stopped.set(true);
        abandon(fresh, aside.get());
      }
    }, "tourplan-cleanup");
    cleanupForTests = cleanup;
    Runtime.getRuntime().addShutdownHook(cleanup); // Ctrl-C while writing: no partial folder, no hidden report
    try {
      // the marker first: a leftover .new-* folder is then known as this command's and can be cleaned up
      Files.write(fresh.resolve(MARKER), marker(), java.nio.file.StandardOpenOption.CREATE_NEW);
      content.writeTo(fresh);
      AtomicFiles.readable(fresh);
      synchronized (turns) {
        if (stopped.get()) {
          throw new java.io.InterruptedIOException("stopped before the new folder was put in place");
        }
        swap(fresh, aside);
      }
    } catch (IOException | RuntimeException | Error e) {
      FileOps.deleteQuietly(fresh);
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it cleans up
      }
    }
    return target;
  }

  private byte[] marker() throws IOException {
    var node = JSON.createObjectNode().put("command", kind.command).put("question", question);
    return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The marker of {@code dir} (command, question), or null when it has none that can be read. */
  static String[] readMarker(Path dir) {
    Path m = dir.resolve(MARKER);
    if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(m.toFile());
      if (n == null || !n.path("command").isTextual() || !n.path("question").isTextual()) {
        return null;
      }
      return new String[] {n.get("command").asText(), n.get("question").asText()};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Refuses to go on when the target is not this command's output for this question, or holds an input. */
  private void refuse() throws IOException {
    Path parent = target.getParent();
    if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
      throw new Refused(parent + " exists and is not a folder; move it away or give another --out");
    }
    Path real = FileOps.realish(target);
    for (Path in : inputs) {
      Path r = FileOps.realish(in);
      if (r.startsWith(real)) {
        throw new Refused("refusing to replace " + target + ": it holds " + in + ", an input of this run, and "
            + kind.what + " replaces that whole folder. Copy the file out of it first, or give another --out");
      }
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String leave = "; it is left as it is: move it away, or give another --out";
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new Refused(target + " exists and is not a folder tourplan wrote (a file or a link)" + leave);
    }
    String[] m = readMarker(target);
    if (m == null) {
      throw new Refused(target + " exists but was not written by tourplan (it has no readable " + MARKER
          + " file)" + leave);
    }
    Kind other = Kind.of(m[0]);
    if (other != kind) {
      throw new Refused(target + " holds the output of 'tourplan " + m[0] + "', not of 'tourplan " + kind.command
          + "'" + leave);
    }
    if (!m[1].equals(question)) {
      throw new Refused(target + " holds " + kind.what + " of " + describe(m[1]) + ", not of " + describe(question)
          + (kind == Kind.DRAW ? " (a draw is a record: it is never replaced by another draw)"
              : " (the names share a folder name)") + leave);
    }
  }

  private String describe(String q) {
    String[] p = q.split("\n", -1);
    String s = switch (kind) {
      case SWEEP -> "'" + p[0] + "' over " + String.join(", ", List.of(p).subList(1, p.length));
      case COMPARE -> "'" + String.join("', '", p) + "'";
      case DRAW -> p.length < 4 ? "'" + q + "'" : "'" + p[0] + "' for " + p[1] + " from the applicant file with "
          + "SHA-256 " + p[2].substring(0, Math.min(16, p[2].length())) + "... and seed " + p[3];
      default -> "'" + q + "'";
    };
    return s.length() > 200 ? s.substring(0, 199) + "…" : s;
  }

  /** Moves the complete new folder into place, replacing the earlier one (see the class comment). */
  private void swap(Path fresh, AtomicReference<Path> aside) throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      refuse(); // the folder may have changed since the work began
      old = target.resolveSibling("." + target.getFileName() + ".old-" + PID + "-" + UUID.randomUUID());
      try {
        FileOps.move(target, old);
        if (afterFirstRename != null) {
          afterFirstRename.run();
        }
        aside.set(old);
      } catch (NoSuchFileException gone) {
        old = null; // another run is swapping at this very moment
      }
    }
    try {
      if (betweenRenames != null) {
        betweenRenames.run();
      }
      FileOps.move(fresh, target);
    } catch (IOException e) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (old != null) {
          FileOps.deleteQuietly(old); // superseded by the other run's newer folder
        }
        throw new Refused("another 'tourplan " + kind.command + "' run wrote " + target + " while this one was "
            + "writing and finished first: its " + kind.what.substring(4) + " is in place, this run's was "
            + "discarded. Run the command again to replace it");
      }
      if (old != null) {
        try {
          FileOps.move(old, target);
        } catch (IOException stuck) {
          throw new Refused("cannot write " + target + ": " + reason(e) + "; the earlier " + kind.what.substring(4)
              + " is kept in " + old + ", and the next run of the command puts it back");
        }
      }
      throw e;
    }
    if (old != null) {
      FileOps.deleteQuietly(old); // if this fails, the next run deletes it
    }
  }

  /** The shutdown hook: delete the unfinished folder and put back an earlier one renamed aside. */
  private void abandon(Path fresh, Path old) {
    FileOps.deleteQuietly(fresh);
    if (old != null && Files.exists(old, LinkOption.NOFOLLOW_LINKS)
        && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        FileOps.move(old, target);
      } catch (IOException e) {
        // the next run of the command puts it back (see recover)
      }
    }
  }

  /**
   * Cleans up after runs of this command that died (their process is gone): an earlier folder renamed aside whose
   * place is empty is put back (the newest, when several), other leftovers of theirs are deleted.
   */
  void recover() throws IOException {
    Path parent = target.getParent();
    if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String name = target.getFileName().toString();
    String fresh = "." + name + ".new-";
    String aside = "." + name + ".old-";
    List<Path> olds = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        boolean isNew = n.startsWith(fresh);
        if (!isNew && !n.startsWith(aside) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        long pid = FileOps.pid(n.substring(fresh.length()));
        if (pid < 0 || FileOps.alive(pid)) {
          continue; // not named by tourplan, or its run is still going
        }
        String[] m = readMarker(p);
        boolean ours = m != null && Kind.of(m[0]) == kind;
        if (isNew && (ours || FileOps.empty(p))) {
          FileOps.deleteQuietly(p);
        } else if (!isNew && ours) {
          olds.add(p);
        }
      }
    }
    olds.sort(Comparator.comparing(FileOps::modified).reversed());
    if (!olds.isEmpty() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        FileOps.move(olds.remove(0), target);
      } catch (IOException raced) {
        // another run recovered it at the same moment; what is there now is checked next
      }
    }
    olds.forEach(FileOps::deleteQuietly);
  }

  /** The operating system's reason for a failed file operation, in words. */
  public static String reason(IOException e) {
    return FileOps.reason(e);
  }
}
