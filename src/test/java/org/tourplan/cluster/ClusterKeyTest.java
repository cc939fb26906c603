package org.tourplan.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourplan.cli.Main;

/** Where the cluster key comes from, what it derives, and the build's version and fingerprint. */
class ClusterKeyTest {
  @TempDir
  Path tmp;

  @Test
  void theKeyFileAndTheEnvironmentGiveTheSameKeyAndAFileWinsOverTheEnvironment() throws Exception {
    Path f = tmp.resolve("cluster.key");
    Files.writeString(f, "0123456789abcdefXYZ\n");
    var remote = ClusterConfig.parse("192.0.2.1:5701");
    ClusterKey fromFile = ClusterKey.resolve(f, null, remote);
    ClusterKey fromEnv = ClusterKey.resolve(null, "0123456789abcdefXYZ", remote);
    assertEquals(fromFile.clusterName(), fromEnv.clusterName(), "the trailing newline is not part of the key");
    assertEquals(fromFile.clusterName(), ClusterKey.resolve(f, "another key of enough length", remote).clusterName());
    assertTrue(fromFile.verify(fromEnv.mac("x", 1L, "y"), "x", 1L, "y"));
    assertTrue(fromFile.clusterName().matches("tourplan-[0-9a-f]{16}"), fromFile.clusterName());
    assertFalse(fromFile.clusterName().contains("0123456789abcdef"), "the name does not reveal the key");
    assertFalse(fromFile.toString().contains("0123"), "toString never shows the key");
  }

  @Test
  void aClusterAcrossMachinesNeedsAKeyAndLoopbackRunsWithThePublicOne() throws Exception {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> ClusterKey.resolve(null, null, ClusterConfig.parse("192.0.2.1:5701,192.0.2.2:5701")));
    assertTrue(none.getMessage().contains("needs a shared key") && none.getMessage().contains("--cluster-key-file")
        && none.getMessage().contains(ClusterKey.ENV), none.getMessage());
    ClusterKey loop = ClusterKey.resolve(null, "", ClusterConfig.parse("127.0.0.1:5701,localhost:5702"));
    assertTrue(loop.isLoopbackDefault());
    Path shortKey = tmp.resolve("short.key");
    Files.writeString(shortKey, "abc\n");
    IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
        () -> ClusterKey.resolve(shortKey, null, ClusterConfig.parse("127.0.0.1:5701")));
    assertTrue(tooShort.getMessage().contains("found a key of 3 bytes, expected at least 16"), tooShort.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ClusterKey.resolve(tmp.resolve("nope.key"), null, ClusterConfig.parse("127.0.0.1:5701")));
    assertTrue(missing.getMessage().contains("nope.key: file not found"), missing.getMessage());
  }

  @Test
  void macsDependOnTheKeyTheLabelAndEveryPart() {
    ClusterKey k = ClusterKey.of("k".repeat(20).getBytes(StandardCharsets.UTF_8));
    ClusterKey other = ClusterKey.of("j".repeat(20).getBytes(StandardCharsets.UTF_8));
    byte[] mac = k.mac("unit", 1L, "ab", "c");
    assertTrue(k.verify(mac, "unit", 1L, "ab", "c"));
    assertFalse(k.verify(mac, "result", 1L, "ab", "c"), "another kind of message");
    assertFalse(k.verify(mac, "unit", 1L, "a", "bc"), "parts are length-prefixed");
    assertFalse(k.verify(mac, "unit", 2L, "ab", "c"));
    assertFalse(other.verify(mac, "unit", 1L, "ab", "c"));
    assertNotEquals(k.clusterName(), other.clusterName());
  }

  @Test
  void theVersionIsThePomsAndTheFingerprintCoversTheModel() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    var m = Pattern.compile("<artifactId>tourplan</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(m.find());
    assertEquals(m.group(1), Main.version());
    assertTrue(Build.fingerprint().matches("[0-9a-f]{16}"), Build.fingerprint());
    assertEquals(Build.fingerprint(), Build.fingerprint());
    StringWriter out = new StringWriter();
    assertEquals(0, Main.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
    assertEquals("tourplan " + m.group(1) + " (build " + Build.fingerprint() + ")", out.toString().strip());
  }

  @Test
  void commandsAcrossMachinesWithoutAKeyStopWithExit2BeforeStartingAMember() {
    for (String[] args : List.of(new String[] {"worker", "--cluster", "192.0.2.1:5701"},
        new String[] {"sweep", "scenarios/minimal.yaml", "--vary", "group.size=4,5", "--cluster", "192.0.2.1:5701"},
        // season checked no cluster option (it ran locally), and shuttles --compare had none
        new String[] {"season", "scenarios/beijing-2025-season.yaml", "--cluster", "192.0.2.1:5701"},
        new String[] {"shuttles", "scenarios/minimal.yaml", "--compare", "--cluster", "192.0.2.1:5701"})) {
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err), 1_000_000); // unwrapped
      assertEquals(2, code, err.toString());
      assertTrue(err.toString().startsWith("tourplan: --cluster 192.0.2.1:5701 reaches beyond this machine and "
          + "needs a shared key"), err.toString());
    }
  }

  /**
   * A key file is a small regular file: a FIFO once made the command hang forever, /dev/zero ended in an
   * OutOfMemoryError (the size check read {@code Files.size}, 0 for both); both are refused without reading.
   */
  @Test
  void aKeyFileThatIsNoRegularFileIsRefusedWithoutReadingIt() throws Exception {
    var loopback = ClusterConfig.parse("127.0.0.1:5824");
    Path fifo = tmp.resolve("fifo.key");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    for (Path p : List.of(fifo, Path.of("/dev/zero"), tmp)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ClusterKey.resolve(p, null, loopback), p.toString());
      assertTrue(e.getMessage().contains("not a regular file") || e.getMessage().contains("is a folder"),
          e.getMessage());
    }
    Path big = tmp.resolve("big.key");
    Files.write(big, new byte[5000]);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterKey.resolve(big, null, loopback))
        .getMessage().contains("larger than 4096 bytes"));
  }

  /**
   * The key file is an input: a results file over it, or a report folder replaced around it, would destroy the
   * cluster's secret. Both once exited 0 ({@code --json k.key}, and the key deleted with the folder); now both stop
   * with exit 2 before any work, and the key is as it was.
   */
  @Test
  void noOutputEverReplacesTheKeyFile() throws Exception {
    Path key = tmp.resolve("k.key");
    Files.writeString(key, "0123456789abcdef0123456789abcdef\n");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"simulate", "scenarios/minimal.yaml", "--cluster", "127.0.0.1:5824",
        "--cluster-key-file", key.toString(), "--json", key.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err), 1_000_000); // unwrapped: the test reads what the message says, not its layout
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("is an input of this run"), err.toString());
    assertEquals("0123456789abcdef0123456789abcdef\n", Files.readString(key));

    Path out = tmp.resolve("reports");
    assertEquals(0, Main.run(new String[] {"report", "scenarios/minimal.yaml", "--replications", "2", "--out",
        out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    Path inside = out.resolve("minimal-example-tour").resolve("report").resolve("k.key");
    Files.copy(key, inside);
    for (String command : List.of("report", "season")) {
      err = new StringWriter();
      code = Main.run(new String[] {command, "scenarios/minimal.yaml", "--cluster", "127.0.0.1:5824",
          "--cluster-key-file", inside.toString(), "--out", out.toString()}, new PrintWriter(new StringWriter()),
          new PrintWriter(err), 1_000_000);
      assertEquals(2, code, err.toString());
      if (command.equals("report")) {
        assertTrue(err.toString().contains("it holds " + inside + ", an input of this run"), err.toString());
      }
      assertTrue(Files.isRegularFile(inside), "the key is kept");
    }
  }
}
