package org.tourplan.cluster;

/**
 * Keeps Hazelcast's own messages and stack traces away from the user of {@code worker}, {@code sweep --cluster}
 * and {@code plan --cluster}: its logging is off ({@code hazelcast.logging.type=none}), and an exception that
 * escapes one of its threads (names starting "hz.") is dropped instead of being printed by the JVM. The command
 * reports what matters (nobody answering, a worker lost, a unit refused) in its own words. With
 * {@code TOURPLAN_DEBUG} set, Hazelcast logs through java.util.logging and such exceptions are printed.
 * System.err itself is left alone.
 */
final class HazelcastQuiet {
  private static boolean installed;

  private HazelcastQuiet() {
  }

  /** "none", or "jdk" with TOURPLAN_DEBUG. */
  static String loggingType() {
    return System.getenv("TOURPLAN_DEBUG") != null ? "jdk" : "none";
  }

  /** Sets the logging type before Hazelcast reads it, and filters uncaught exceptions of Hazelcast's threads. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    // Hazelcast reads the system property once, when its first logger is made: set it before any member starts
    System.setProperty("hazelcast.logging.type", loggingType());
    if (System.getenv("TOURPLAN_DEBUG") != null) {
      return;
    }
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      if (hazelcast(t)) {
        return; // e.g. a task rejected while its member shuts down: nothing a user can act on
      }
      if (before != null) {
        before.uncaughtException(t, e);
      } else {
        System.err.print("Exception in thread \"" + t.getName() + "\" ");
        e.printStackTrace(System.err);
      }
    });
  }

  /** True for threads of Hazelcast's members ("hz.&lt;instance&gt;.&lt;pool&gt;..."). */
  static boolean hazelcast(Thread t) {
    return t.getName().startsWith("hz.");
  }
}
