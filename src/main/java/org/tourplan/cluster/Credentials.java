package org.tourplan.cluster;

/**
 * What a worker member holds locally (in its Hazelcast user context, never sent anywhere): the cluster key and
 * the build fingerprint it runs. Tasks find it through the member they run on.
 *
 * @param key   the cluster key
 * @param build this member's build fingerprint ({@link Build#fingerprint()}, or another in tests)
 */
record Credentials(ClusterKey key, String build) {
  /** The user-context entry. */
  static final String CONTEXT = "tourplan.credentials";

  /** The credentials of the member a task runs on, or null when it has none (not a tourplan worker). */
  static Credentials of(com.hazelcast.core.HazelcastInstance hz) {
    return hz == null ? null : hz.getUserContext().get(CONTEXT) instanceof Credentials c ? c : null;
  }
}
