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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.tourplan.tour.MonthSimulation;

/**
 * What this build of tourplan is: its version (from the pom, through the filtered resource
 * {@code tourplan-version.properties}) and its fingerprint, a SHA-256 over the class files of everything that can
 * change a unit's result on a worker ({@link #PREFIXES}): every tourplan class (the cluster's own unit and result
 * types among them) and the libraries a worker runs (the YAML and JSON parsers that read each unit's file, jsprit,
 * commons-math3, Hazelcast, the logging jsprit calls). Two builds that differ by one line of any of them have
 * different fingerprints, so a cluster worker can refuse units from another build instead of mixing their numbers.
 */
public final class Build {
  /**
   * Where the classes that can change a unit's result live: all of tourplan, and each library a worker runs (a
   * whole library, whatever part of it a unit reaches: a test checks that every class a unit depends on is here).
   */
  public static final List<String> PREFIXES = List.of("org/tourplan/", "org/yaml/snakeyaml/",
      "com/fasterxml/jackson/", "com/graphhopper/jsprit/", "org/apache/commons/math3/", "com/hazelcast/", "org/slf4j/");

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
    try {
      Path where = Path.of(src.getLocation().toURI());
      List<Path> libraries = new ArrayList<>();
      if (Files.isDirectory(where)) { // classes in a folder (a build or the tests): the libraries are jars beside
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
          Path p = Path.of(entry);
          if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
            libraries.add(p);
          }
        }
      }
      return fingerprint(where, libraries);
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read tourplan's classes to fingerprint the build: " + e, e);
    }
  }

  /**
   * The fingerprint of the classes under {@link #PREFIXES} in {@code where} (tourplan's jar, or its classes
   * folder) and in {@code libraries} (jars): 16 hex digits of a SHA-256 over their names and bytes, sorted by name,
   * so the shaded jar and the classes folder with the same library jars give the same value.
   */
  static String fingerprint(Path where, List<Path> libraries) throws IOException {
    TreeMap<String, byte[]> classes = new TreeMap<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.walk(where)) {
        for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
          String name = where.relativize(f).toString().replace('\\', '/');
          if (covered(name)) {
            classes.put(name, Files.readAllBytes(f));
          }
        }
      }
    } else {
      libraries = new ArrayList<>(libraries);
      libraries.add(0, where);
    }
    for (Path jarFile : libraries) {
      if (jarFile.equals(where) && Files.isDirectory(where)) {
        continue;
      }
      try (JarFile jar = new JarFile(jarFile.toFile())) {
        for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
          if (e.getName().endsWith(".class") && covered(e.getName())) {
            try (InputStream in = jar.getInputStream(e)) {
              classes.putIfAbsent(e.getName(), in.readAllBytes()); // the first on the class path is the one loaded
            }
          }
        }
      }
    }
    if (classes.keySet().stream().noneMatch(n -> n.startsWith("org/tourplan/"))) {
      throw new IllegalStateException("no tourplan classes found to fingerprint the build at " + where);
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

  /** Whether a class file (a multi-release jar's versioned copies included) is one {@link #PREFIXES} covers. */
  static boolean covered(String name) {
    String n = name;
    if (n.startsWith("META-INF/versions/")) {
      int slash = n.indexOf('/', "META-INF/versions/".length());
      n = slash < 0 ? n : n.substring(slash + 1);
    }
    for (String p : PREFIXES) {
      if (n.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
