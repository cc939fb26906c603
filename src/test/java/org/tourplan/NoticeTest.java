package org.tourplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * NOTICE names every library the tests run with, at its version: those in the jar under "Runtime libraries", the
 * test and benchmark tools under "Used only to build and test". A dependency added, removed or upgraded in pom.xml
 * without its line fails here, so the list (and the licence beside each entry) stays true.
 */
class NoticeTest {
  /** A jar of the local Maven repository: .../repository/group/path/artifact/version/artifact-version.jar. */
  private static final Pattern JAR = Pattern.compile("/repository/(.+)/([^/]+)/([^/]+)/\\2-\\3\\.jar!");
  private static final Pattern ENTRY = Pattern.compile("(?m)^- ([\\w.-]+:[\\w.-]+:[\\w.-]+), \\S");

  @Test
  void noticeNamesEveryLibraryOnTheClasspathAtItsVersion() throws IOException {
    Set<String> onClasspath = new TreeSet<>();
    for (URL u : Collections.list(getClass().getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
      Matcher m = JAR.matcher(u.toString());
      // surefire's own runner (its jars and the JUnit launcher it brings) is Maven's, not a dependency of the project
      if (m.find() && !m.group(1).startsWith("org/apache/maven") && !m.group(2).equals("junit-platform-launcher")) {
        onClasspath.add(m.group(1).replace('/', '.') + ":" + m.group(2) + ":" + m.group(3));
      }
    }
    assertTrue(onClasspath.size() > 20, "found only " + onClasspath + " on the classpath");
    String notice = Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8);
    Set<String> listed = new TreeSet<>();
    Matcher e = ENTRY.matcher(notice);
    while (e.find()) {
      listed.add(e.group(1));
    }
    Set<String> missing = new TreeSet<>(onClasspath);
    missing.removeAll(listed);
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(onClasspath);
    assertEquals(Set.of(), missing, "libraries on the classpath that NOTICE does not name (add a line, with licence)");
    assertEquals(Set.of(), stale, "NOTICE names libraries, or versions, the build no longer uses");
  }

  @Test
  void theLicenceIsApacheTwo() throws IOException {
    String licence = Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8);
    assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"));
    assertTrue(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8).contains("Apache License, Version 2.0"),
        "pom.xml declares the licence too");
  }
}
