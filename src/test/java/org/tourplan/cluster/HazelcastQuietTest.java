package org.tourplan.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** No Hazelcast trace reaches the user: its logging is off and its threads' uncaught exceptions are dropped. */
class HazelcastQuietTest {
  @Test
  void anExceptionEscapingAHazelcastThreadPrintsNothing() throws Exception {
    ClusterConfig.config(ClusterConfig.parse("127.0.0.1:5701"), 5701, false, ClusterKey.loopbackDefault());
    assertEquals(System.getenv("TOURPLAN_DEBUG") != null ? "jdk" : "none",
        System.getProperty("hazelcast.logging.type"));
    if (System.getenv("TOURPLAN_DEBUG") != null) {
      return; // traces are wanted then
    }
    PrintStream before = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // what a member shut down in the middle of its own work does (RejectedExecutionException ... CRDTMigrationTask)
      Thread t = new Thread(() -> {
        throw new java.util.concurrent.RejectedExecutionException("CRDTMigrationTask rejected");
      }, "hz.tourplan-test.cached.thread-1");
      t.start();
      t.join();
    } finally {
      System.setErr(before);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
    assertTrue(HazelcastQuiet.hazelcast(new Thread("hz.x.event-1")));
    assertTrue(!HazelcastQuiet.hazelcast(new Thread("main")), "other threads' exceptions are not hidden");
  }
}
