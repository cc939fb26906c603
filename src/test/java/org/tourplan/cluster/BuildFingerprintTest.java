package org.tourplan.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The build fingerprint covers everything that can change a unit's result on a worker: a worker whose
 * {@code MonthTask} scaled a metric by 1.05 once had the same fingerprint (only the model packages were hashed),
 * and so did one with another jsprit or SnakeYAML, which run there too.
 */
class BuildFingerprintTest {
  @TempDir
  Path tmp;

  private static Path classesFolder() throws Exception {
    return Path.of(MonthTask.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Path jarOf(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** A copy of the classes folder with one byte of {@code file} changed (a constant in a method, say). */
  private Path withOneByteChanged(Path classes, String file) throws Exception {
    Path copy = tmp.resolve("classes-" + file.replace('/', '-'));
    try (Stream<Path> all = Files.walk(classes)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path to = copy.resolve(classes.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path target = copy.resolve(file);
    byte[] b = Files.readAllBytes(target);
    b[b.length / 2] ^= 1;
    Files.write(target, b);
    return copy;
  }

  @Test
  void aChangedUnitTypeOrLibraryGivesAnotherFingerprint() throws Exception {
    Path classes = classesFolder();
    List<Path> libraries = List.of(jarOf(Yaml.class));
    String base = Build.fingerprint(classes, libraries);
    assertEquals(base, Build.fingerprint(classes, libraries), "stable");
    for (String changed : List.of("org/tourplan/cluster/MonthTask.class", "org/tourplan/cluster/UnitResult.class",
        "org/tourplan/engine/Simulator.class", "org/tourplan/lottery/Lottery.class")) {
      assertNotEquals(base, Build.fingerprint(withOneByteChanged(classes, changed), libraries), changed);
    }
    // another SnakeYAML: the same jar with one class changed
    Path jar = jarOf(Yaml.class);
    Path other = tmp.resolve("snakeyaml-other.jar");
    try (JarFile in = new JarFile(jar.toFile()); OutputStream os = Files.newOutputStream(other);
         JarOutputStream out = new JarOutputStream(os)) {
      for (JarEntry e : (Iterable<JarEntry>) in.stream()::iterator) {
        out.putNextEntry(new JarEntry(e.getName()));
        try (InputStream is = in.getInputStream(e)) {
          byte[] b = is.readAllBytes();
          if (e.getName().equals("org/yaml/snakeyaml/Yaml.class")) {
            b[b.length / 2] ^= 1;
          }
          out.write(b);
        }
        out.closeEntry();
      }
    }
    assertNotEquals(base, Build.fingerprint(classes, List.of(other)), "another SnakeYAML");
  }

  /**
   * Every class a unit can reach (the classes {@code MonthTask}, which parses, compiles and simulates it, refers to,
   * and theirs in turn, read from the class files' constant pools) is under a fingerprinted prefix, or is the JDK's.
   */
  @Test
  void everyClassAUnitReachesIsFingerprinted() throws IOException {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(List.of("org/tourplan/cluster/MonthTask"));
    TreeSet<String> missed = new TreeSet<>();
    ClassLoader loader = MonthTask.class.getClassLoader();
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name) || name.startsWith("java/") || name.startsWith("javax/") || name.startsWith("jdk/")
          || name.startsWith("sun/") || name.startsWith("com/sun/") || name.startsWith("org/w3c/")
          || name.startsWith("org/xml/") || name.startsWith("org/ietf/")) {
        continue;
      }
      try (InputStream in = loader.getResourceAsStream(name + ".class")) {
        if (in == null) {
          continue; // referred to but not on the class path (an optional dependency): it cannot run
        }
        if (!Build.covered(name + ".class")) {
          missed.add(name.substring(0, Math.max(0, name.lastIndexOf('/'))));
        }
        todo.addAll(referredClasses(in));
      }
    }
    assertTrue(seen.size() > 1000, "reached only " + seen.size() + " classes");
    assertTrue(missed.isEmpty(), "packages a unit reaches that the fingerprint leaves out: " + missed);
  }

  private static final Pattern DESCRIPTOR = Pattern.compile("L([A-Za-z0-9_$/]+);");

  /** The classes a class file refers to: its constant pool's class entries and the types in its descriptors. */
  static Set<String> referredClasses(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    in.readInt();
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classIndex = new int[count];
    int classes = 0;
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classIndex[classes++] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> out = new HashSet<>();
    for (int k = 0; k < classes; k++) {
      String n = utf8[classIndex[k]];
      if (n != null && !n.startsWith("[")) {
        out.add(n);
      }
    }
    for (String u : utf8) {
      if (u != null && u.indexOf(';') > 0) {
        Matcher m = DESCRIPTOR.matcher(u);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }
}
