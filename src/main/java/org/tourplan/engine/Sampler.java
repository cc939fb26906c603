package org.tourplan.engine;

/**
 * A distribution that draws from a caller-supplied stream. Samplers hold parameters only, so one sampler can be
 * shared by all replications and threads while each replication passes its own {@link RandomStream}.
 */
@FunctionalInterface
public interface Sampler {
  double sample(RandomStream r);
}
