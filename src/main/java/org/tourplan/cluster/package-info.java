/**
 * The cluster plug-in: a Hazelcast implementation of the run executor, the worker, and what keeps a cluster
 * private (bind address, shared key, accepted classes, build fingerprint).
 *
 * <p>Owns: everything Hazelcast. May import: {@code run}, {@code tour}, {@code scenario},
 * {@code format} (a unit travels as a scenario file). Nothing imports it but
 * {@code cli}.
 */
package org.tourplan.cluster;
