package org.tourplan.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.tourplan.tour.MonthSimulation;

/**
 * What this build of tourplan is to a cluster: its fingerprint, a SHA-256 over the class files of the packages that
 * decide the numbers ({@link #MODEL_PACKAGES}). Two builds whose model differs by one line have different
 * fingerprints, so a cluster worker can refuse units from another build instead of mixing their numbers.
 */
public final class Build {
  /**
   * The packages whose classes make the numbers: the scenario model and its file format (a worker reads each unit's
   * file), the engine, the tour model, shuttles and their rosters, runs and the limit rule they count breaches by.
   */
  public static final String[] MODEL_PACKAGES = {"org/tourplan/engine/", "org/tourplan/scenario/",
      "org/tourplan/format/", "org/tourplan/tour/", "org/tourplan/shuttle/", "org/tourplan/roster/",
      "org/tourplan/run/", "org/tourplan/verdict/"};

  private static volatile String fingerprint;

  private Build() {
  }

  /** This build's fingerprint: 16 hex digits of the SHA-256 over the model's class files (computed once). */
  public static String fingerprint() {
    if (fingerprint == null) {
      fingerprint = compute();
    }
    return fingerprint;
  }

  private static String compute() {
    CodeSource src = MonthSimulation.class.getProtectionDomain().getCodeSource();
    if (src == null) {
      throw new IllegalStateException("cannot locate tourplan's classes to fingerprint the build");
    }
    TreeMap<String, byte[]> classes = new TreeMap<>(); // sorted by name: the same hash in a jar and in a folder
    try {
      Path where = Path.of(src.getLocation().toURI());
      if (Files.isDirectory(where)) {
        for (String pkg : MODEL_PACKAGES) {
          Path dir = where.resolve(pkg);
          if (!Files.isDirectory(dir)) {
            continue;
          }
          try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
              classes.put(where.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
            if (e.getName().endsWith(".class") && model(e.getName())) {
              try (InputStream in = jar.getInputStream(e)) {
                classes.put(e.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read tourplan's classes to fingerprint the build: " + e, e);
    }
    if (classes.isEmpty()) {
      throw new IllegalStateException("no model classes found to fingerprint the build at " + src.getLocation());
    }
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (var e : classes.entrySet()) {
        byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
        d.update(ByteBuffer.allocate(8).putInt(name.length).putInt(e.getValue().length).array());
        d.update(name);
        d.update(e.getValue());
      }
      return HexFormat.of().formatHex(d.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean model(String name) {
    for (String p : MODEL_PACKAGES) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
