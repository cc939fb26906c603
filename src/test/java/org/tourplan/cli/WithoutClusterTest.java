package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.run.ClusterProvider;

/**
 * The cluster is a plug-in found at run time: this build finds the Hazelcast one, and a build without the cluster
 * package (and without Hazelcast) still runs every command on its own cores, while {@code --cluster} and
 * {@code worker} say that it has no cluster support (exit 2). The build without it is this one, loaded through a
 * class loader that cannot see {@code org.tourplan.cluster}, {@code com.hazelcast} or the service registration.
 */
class WithoutClusterTest {
  private static final String SERVICE = "META-INF/services/" + ClusterProvider.class.getName();

  @Test
  void thisBuildFindsTheHazelcastPluginAndNoProviderMeansNone() {
    assertEquals("org.tourplan.cluster.HazelcastProvider",
        ClusterProvider.installed().orElseThrow().getClass().getName());
    assertTrue(ClusterProvider.first(List.of()).isEmpty());
  }

  @Test
  void aBuildWithoutTheClusterRunsLocallyAndRefusesClusterWork() throws Exception {
    try (Isolated build = new Isolated()) {
      assertThrows(ClassNotFoundException.class, () -> build.loadClass("org.tourplan.cluster.HazelcastProvider"));
      assertThrows(ClassNotFoundException.class, () -> build.loadClass("com.hazelcast.core.Hazelcast"));
      String file = Path.of("scenarios/beijing-ev-tour.yaml").toAbsolutePath().toString();

      Run local = build.run("simulate", file, "--replications", "3", "--threads", "1");
      assertEquals(0, local.code(), local.err());
      assertTrue(local.out().contains("3 months simulated (seed "), local.out());
      Run here = new Isolated.Same().run("simulate", file, "--replications", "3", "--threads", "1");
      assertEquals(untimed(here.out()), untimed(local.out()), "the same output with or without the plug-in");

      Run cluster = build.run("simulate", file, "--replications", "3", "--cluster", "127.0.0.1:5799");
      assertEquals(2, cluster.code(), cluster.err());
      assertEquals("", cluster.out());
      assertTrue(cluster.err().contains("--cluster: this build of tourplan has no cluster support"), cluster.err());
      assertTrue(cluster.err().contains("run without --cluster"), cluster.err());

      Run worker = build.run("worker", "--cluster", "127.0.0.1:5799");
      assertEquals(2, worker.code(), worker.err());
      assertTrue(worker.err().contains("worker: this build of tourplan has no cluster support"), worker.err());

      Run version = build.run("--version");
      assertEquals(0, version.code());
      assertTrue(version.out().strip().endsWith("(no cluster support in this build)"), version.out());
    }
  }

  private static String untimed(String terminal) {
    return terminal.replaceAll("[0-9.]+ s\\)", "T s)");
  }

  /** What a command printed and its exit code. */
  record Run(int code, String out, String err) { }

  /** This build's classes and libraries, without the cluster package, Hazelcast and the service registration. */
  static final class Isolated extends URLClassLoader {
    Isolated() throws IOException {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    private static URL[] classPath() throws IOException {
      // surefire may start the JVM on a manifest-only jar; it leaves the real class path in this property
      String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      List<URL> urls = new ArrayList<>();
      for (String entry : cp.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          urls.add(Path.of(entry).toUri().toURL());
        }
      }
      return urls.toArray(URL[]::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("org.tourplan.cluster.") || name.startsWith("com.hazelcast.")) {
        throw new ClassNotFoundException(name + " is not in a build without the cluster");
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL findResource(String name) {
      return name.equals(SERVICE) ? null : super.findResource(name);
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
      return name.equals(SERVICE) ? Collections.emptyEnumeration() : super.findResources(name);
    }

    /** Runs {@code tourplan args...} in this build (System.exit is never called: Main.run returns the code). */
    Run run(String... args) throws Exception {
      Method run = loadClass("org.tourplan.cli.Main").getMethod("run", String[].class, PrintWriter.class,
          PrintWriter.class);
      return call(run, args);
    }

    static Run call(Method run, String... args) throws Exception {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = (int) run.invoke(null, args, new PrintWriter(out), new PrintWriter(err));
      return new Run(code, out.toString(), err.toString());
    }

    /** The build as the tests load it, with the plug-in. */
    static final class Same {
      Run run(String... args) throws Exception {
        return call(Main.class.getMethod("run", String[].class, PrintWriter.class, PrintWriter.class), args);
      }
    }
  }
}
