package org.tourplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph is the one each {@code package-info.java} declares: its "May import:" sentence names the
 * tourplan packages the package may use (up to the first semicolon, or the first period that ends the sentence),
 * and this test fails on any reference to another one (an import, a fully qualified name, a Javadoc link);
 * "every other package" allows all, but those named after "except". A sub-package ({@code report.month}) is a
 * package of its own: it may use its parent only when it says so, and the parent may use it only when it says so.
 * The documentation and the rule are the same text, so they cannot drift apart.
 */
class ArchitectureTest {
  private static final Path ROOT = Path.of("src/main/java/org/tourplan");
  /** A tourplan package named in code: its dotted lower-case segments, before the first class name. */
  private static final Pattern REFERENCE = Pattern.compile("org\\.tourplan\\.([a-z]+(?:\\.[a-z]+)*)\\b");
  private static final Pattern MAY_IMPORT = Pattern.compile("May import(.*?)(?:;|\\.(?=\\s|$))", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("\\{@code ([a-z]+(?:\\.[a-z]+)*)}");

  @Test
  void everyPackageDeclaresWhatItMayImport() throws IOException {
    Map<String, Set<String>> rules = rules();
    for (String pkg : packages()) {
      assertTrue(rules.containsKey(pkg), pkg + " has no package-info.java with a 'May import:' sentence");
    }
  }

  @Test
  void noPackageReachesOutsideWhatItDeclares() throws IOException {
    Map<String, Set<String>> rules = rules();
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles()) {
      String pkg = packageOf(file);
      if (file.getFileName().toString().equals("package-info.java")) {
        continue;
      }
      Set<String> allowed = rules.getOrDefault(pkg, Set.of());
      Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
      Set<String> seen = new TreeSet<>();
      while (m.find()) {
        String used = m.group(1);
        if (!used.equals(pkg) && !allowed.contains(used) && seen.add(used)) {
          violations.add(ROOT.relativize(file) + " uses org.tourplan." + used + " (" + pkg + " may import "
              + allowed + ")");
        }
      }
    }
    if (!violations.isEmpty()) {
      fail("package rules broken:\n  " + String.join("\n  ", violations));
    }
  }

  @Test
  void commandsCallUseCasesInsteadOfTheFloorsBelow() throws IOException {
    // cli's package-info names the packages its command classes never import; the sentence is the rule
    Matcher never = Pattern.compile("Command classes.*?never import(.*?)[:;.]", Pattern.DOTALL)
        .matcher(Files.readString(dir("cli").resolve("package-info.java"), StandardCharsets.UTF_8));
    assertTrue(never.find(), "cli's package-info says which packages its commands never import");
    Set<String> banned = named(never.group(1));
    assertEquals(Set.of("run", "tour", "engine"), banned);
    List<String> violations = new ArrayList<>();
    int commands = 0;
    for (Path file : javaFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!packageOf(file).equals("cli") || !text.contains("@Command(")) {
        continue;
      }
      commands++;
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        if (banned.contains(m.group(1))) {
          violations.add(ROOT.relativize(file) + " uses org.tourplan." + m.group(1));
        }
      }
    }
    assertTrue(commands >= 14, "found only " + commands + " command classes");
    if (!violations.isEmpty()) {
      fail("commands reaching past app:\n  " + String.join("\n  ", violations));
    }
  }

  @Test
  void aSourceFileOverFourHundredLinesSaysWhyInItsHeader() throws IOException {
    // the house rule (README, CONTRIBUTING): files stay under about 400 lines, or their header says why not
    List<String> silent = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.size() <= 410) {
          continue;
        }
        int type = 0; // the header is everything above the type's declaration
        while (type < lines.size() && !lines.get(type).matches("(public |final |abstract |sealed )*(class|record|"
            + "interface|enum|@interface) .*")) {
          type++;
        }
        String header = String.join(" ", lines.subList(0, type)).replaceAll("\\s+\\*?\\s*", " ");
        if (!header.contains("400 lines")) {
          silent.add(f + " (" + lines.size() + " lines)");
        }
      }
    }
    assertEquals(List.of(), silent, "files over about 400 lines without the reason in their header");
  }

  @Test
  void theRulesThemselvesRunOneWay() throws IOException {
    // A cycle in the declared graph would make the rule above meaningless: no package may, through the packages
    // it may import, reach itself.
    Map<String, Set<String>> rules = rules();
    for (String start : rules.keySet()) {
      Set<String> reached = reachable(rules, start);
      assertTrue(!reached.contains(start), start + " can reach itself through " + reached);
    }
    assertEquals(Set.of(), rules.get("engine"), "the engine imports no other tourplan package");
    // the tour model reads rosters as data: the jsprit package, and what it pulls in, stays out of its reach
    assertTrue(!reachable(rules, "tour").contains("shuttle"), "tour must not reach shuttle: " + reachable(rules, "tour"));
    assertEquals(Set.of(), rules.get("roster"), "rosters are plain data and import no tourplan package");
    // the cluster is a plug-in found at run time (java.util.ServiceLoader): a build without it must still compile
    for (Map.Entry<String, Set<String>> r : rules.entrySet()) {
      assertTrue(!r.getValue().contains("cluster"), r.getKey() + " may import the cluster plug-in");
    }
  }

  @Test
  void theReadmeTableHasARowForEveryPackage() throws IOException {
    Matcher row = Pattern.compile("(?m)^\\| `org\\.tourplan\\.([a-z.]+)` \\|").matcher(
        Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    Set<String> listed = new TreeSet<>();
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertEquals(new TreeSet<>(packages()), listed, "README's package table and the packages");
  }

  /** The packages {@code start} may use directly or through the packages it may import. */
  private static Set<String> reachable(Map<String, Set<String>> rules, String start) {
    Set<String> reached = new TreeSet<>();
    List<String> todo = new ArrayList<>(rules.getOrDefault(start, Set.of()));
    while (!todo.isEmpty()) {
      String p = todo.remove(todo.size() - 1);
      if (reached.add(p)) {
        todo.addAll(rules.getOrDefault(p, Set.of()));
      }
    }
    return reached;
  }

  /** Package name -> the tourplan packages its package-info says it may import. */
  static Map<String, Set<String>> rules() throws IOException {
    Map<String, Set<String>> rules = new TreeMap<>();
    for (String pkg : packages()) {
      Path info = dir(pkg).resolve("package-info.java");
      if (!Files.exists(info)) {
        continue;
      }
      Matcher sentence = MAY_IMPORT.matcher(Files.readString(info, StandardCharsets.UTF_8));
      if (!sentence.find()) {
        continue;
      }
      Set<String> allowed = new TreeSet<>();
      String text = sentence.group(1);
      String[] parts = text.split("\\bexcept\\b", 2);
      if (parts[0].contains("every other package")) {
        allowed.addAll(packages());
        allowed.remove(pkg);
      }
      allowed.addAll(named(parts[0]));
      if (parts.length > 1) {
        allowed.removeAll(named(parts[1]));
      }
      rules.put(pkg, allowed);
    }
    return rules;
  }

  /** The tourplan packages a sentence names with {@code {@code name}} (names of other things are left out). */
  private static Set<String> named(String text) {
    Set<String> out = new TreeSet<>();
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      if (Files.isDirectory(dir(code.group(1)))) {
        out.add(code.group(1));
      }
    }
    return out;
  }

  /** Every package: a folder under the root that holds Java files, named with dots ("report.month"). */
  static List<String> packages() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava)
          .map(p -> ROOT.relativize(p).toString().replace(java.io.File.separatorChar, '.'))
          .filter(p -> !p.isEmpty()).sorted().toList();
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path dir(String pkg) {
    return ROOT.resolve(pkg.replace('.', '/'));
  }

  private static String packageOf(Path file) {
    return ROOT.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
