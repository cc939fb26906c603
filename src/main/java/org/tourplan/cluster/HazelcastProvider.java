package org.tourplan.cluster;

import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.util.List;
import org.tourplan.run.ClusterProvider;
import org.tourplan.run.MonthExecutor;

/**
 * The cluster plug-in as {@code run} finds it at run time: registered in
 * {@code META-INF/services/org.tourplan.run.ClusterProvider}, so that the command line never names this package.
 * Only wiring: parsing, keys, joining and workers are {@link ClusterConfig}'s, {@link ClusterKey}'s and
 * {@link HazelcastExecutor}'s.
 */
public final class HazelcastProvider implements ClusterProvider {
  /** The provider {@link java.util.ServiceLoader} makes. */
  public HazelcastProvider() {
  }

  @Override
  public String fingerprint() {
    return Build.fingerprint();
  }

  @Override
  public Members members(String list) {
    List<ClusterConfig.Address> members = ClusterConfig.parse(list);
    return (Path keyFile, String keyFromEnvironment) -> {
      ClusterKey key = ClusterKey.resolve(keyFile, keyFromEnvironment, members);
      return new Cluster() {
        @Override
        public MonthExecutor join(int port, int batch) {
          return HazelcastExecutor.join(members, port, batch, key);
        }

        @Override
        public Worker startWorker(int port) {
          return new HazelcastWorker(ClusterConfig.startWorker(members, port, key), key.isLoopbackDefault());
        }
      };
    };
  }

  /** A worker member of this process. */
  private record HazelcastWorker(HazelcastInstance hz, boolean loopbackOnly) implements Worker {
    @Override
    public String address() {
      return ClusterConfig.describe(hz.getCluster().getLocalMember());
    }

    @Override
    public String clusterName() {
      return hz.getConfig().getClusterName();
    }

    @Override
    public int members() {
      return hz.getCluster().getMembers().size();
    }

    @Override
    public void close() {
      ClusterConfig.stop(hz);
    }
  }
}
