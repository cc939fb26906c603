/**
 * The cluster plug-in: a Hazelcast implementation of the run executor, the worker, and what keeps a cluster
 * private (bind address, shared key, accepted classes, build fingerprint). {@code HazelcastProvider} is its one
 * entry point, registered in {@code META-INF/services/org.tourplan.run.ClusterProvider} and found at run time, so a
 * build without this package (and without Hazelcast) runs every command on one machine.
 *
 * <p>Owns: everything Hazelcast. May import: {@code run}, {@code tour}, {@code scenario},
 * {@code format} (a unit travels as a scenario file). Nothing imports it.
 */
package org.tourplan.cluster;
