package org.tourplan.cluster;

import java.io.Serializable;

/**
 * What a worker sends back for a unit: the values (values[metric][month - from]) or the reason it refused the
 * unit, with the worker's HMAC over them and the unit's nonce, so that the command accepts only results made by a
 * holder of the key for this very unit (see {@link MonthTask}).
 *
 * @param values  the months' values, or null when refused
 * @param refusal why the worker refused or failed the unit (one line for people), or null
 * @param build   the worker's build fingerprint
 * @param mac     HMAC over the nonce, the build, the values and the refusal
 */
record UnitResult(double[][] values, String refusal, String build, byte[] mac) implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String LABEL = "tourplan result v1";

  /** A signed result of the unit with {@code nonce}. */
  static UnitResult of(ClusterKey key, long nonce, double[][] values, String refusal, String build) {
    return new UnitResult(values, refusal, build, key.mac(LABEL, nonce, build, values, refusal));
  }

  /** True when the MAC is right for this unit. */
  boolean authentic(ClusterKey key, long nonce) {
    return key.verify(mac, LABEL, nonce, build, values, refusal);
  }
}
