package org.tourplan.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * How tourplan's Hazelcast members are configured: cluster name {@value #CLUSTER_NAME}, TCP/IP join with every
 * member listed one by one (multicast off), logging through SLF4J, phone-home off, one executor service for
 * units, and bounded join times so that nobody answering is an error within seconds, not a hang.
 */
public final class ClusterConfig {
  /** Name of the cluster: members of another cluster name never join. */
  public static final String CLUSTER_NAME = "tourplan";
  /** Hazelcast's usual member port. */
  public static final int DEFAULT_PORT = 5701;
  /** The executor service units run on. */
  static final String EXECUTOR = "tourplan-months";
  /** Seconds a member tries to reach the listed members before it gives up joining. */
  public static final int JOIN_SECONDS = 6;
  /** Seconds one connection attempt may take. */
  static final int CONNECT_SECONDS = 3;

  private ClusterConfig() {
  }

  /** One listed member. */
  public record Address(String host, int port) {
    @Override
    public String toString() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** True for 127.x.x.x, ::1 and localhost. */
    boolean loopback() {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }

  /**
   * Parses {@code HOST:PORT,HOST:PORT,...} (a host alone means port {@value #DEFAULT_PORT}; IPv6 as
   * {@code [::1]:5701}).
   *
   * @throws IllegalArgumentException with a message naming the bad entry
   */
  public static List<Address> parse(String list) {
    if (list == null || list.isBlank()) {
      throw new IllegalArgumentException("--cluster: expected HOST:PORT,HOST:PORT,... (for example "
          + "10.0.0.5:5701,10.0.0.6:5701)");
    }
    LinkedHashSet<Address> out = new LinkedHashSet<>();
    for (String raw : list.split(",", -1)) {
      String e = raw.strip();
      if (e.isEmpty()) {
        throw new IllegalArgumentException("--cluster: empty entry in '" + list + "'");
      }
      String host;
      String port;
      if (e.startsWith("[")) {
        int close = e.indexOf(']');
        if (close < 0) {
          throw new IllegalArgumentException("--cluster: '" + e + "' has no closing ]");
        }
        host = e.substring(1, close);
        String rest = e.substring(close + 1);
        port = rest.isEmpty() ? null : rest.startsWith(":") ? rest.substring(1) : "?" + rest;
      } else {
        int colon = e.lastIndexOf(':');
        if (colon != e.indexOf(':')) {
          throw new IllegalArgumentException("--cluster: '" + e + "': write an IPv6 address as [ADDRESS]:PORT");
        }
        host = colon < 0 ? e : e.substring(0, colon);
        port = colon < 0 ? null : e.substring(colon + 1);
      }
      int p = DEFAULT_PORT;
      if (port != null) {
        try {
          p = Integer.parseInt(port);
        } catch (NumberFormatException x) {
          throw new IllegalArgumentException("--cluster: '" + e + "': the port must be a number from 1 to 65535");
        }
      }
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException("--cluster: '" + e + "': the port must be a number from 1 to 65535");
      }
      if (host.isEmpty()) {
        throw new IllegalArgumentException("--cluster: '" + e + "' has no host");
      }
      try {
        InetAddress.getByName(host);
      } catch (UnknownHostException x) {
        throw new IllegalArgumentException("--cluster: unknown host '" + host + "'");
      }
      out.add(new Address(host, p));
    }
    return List.copyOf(out);
  }

  /** The comma-separated form of a member list. */
  public static String format(List<Address> members) {
    List<String> s = new ArrayList<>();
    members.forEach(a -> s.add(a.toString()));
    return String.join(",", s);
  }

  /**
   * A member's configuration.
   *
   * @param members the listed members, joined one by one
   * @param port    this member's port (the next free one is taken when it is in use)
   * @param lite    a lite member holds no data and runs no units: the command that hands units out
   */
  public static Config config(List<Address> members, int port, boolean lite) {
    if (System.getProperty("hazelcast.logging.type") == null) {
      // read before the config is: without it Hazelcast's start-up warnings go to java.util.logging on stderr
      System.setProperty("hazelcast.logging.type", "slf4j");
    }
    Config c = new Config();
    c.setClusterName(CLUSTER_NAME);
    c.setLiteMember(lite);
    c.setProperty("hazelcast.logging.type", "slf4j");
    c.setProperty("hazelcast.phone.home.enabled", "false");
    c.setProperty("hazelcast.max.join.seconds", String.valueOf(JOIN_SECONDS));
    c.setProperty("hazelcast.socket.connect.timeout.seconds", String.valueOf(CONNECT_SECONDS));
    c.setProperty("hazelcast.wait.seconds.before.join", "0");
    c.setProperty("hazelcast.shutdownhook.enabled", "false"); // tourplan shuts its member down itself
    c.setProperty("hazelcast.health.monitoring.level", "OFF");
    NetworkConfig net = c.getNetworkConfig();
    net.setPort(port).setPortAutoIncrement(true);
    if (!members.isEmpty() && members.stream().allMatch(Address::loopback)) {
      net.getInterfaces().setEnabled(true).addInterface("127.0.0.1"); // a cluster on one machine stays on it
    }
    JoinConfig join = net.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(CONNECT_SECONDS);
    for (Address a : members) {
      join.getTcpIpConfig().addMember(a.toString());
    }
    int cores = Runtime.getRuntime().availableProcessors();
    c.getExecutorConfig(EXECUTOR).setPoolSize(cores).setStatisticsEnabled(false);
    return c;
  }

  /** Starts a full member (a worker: it runs units) on {@code port}, joining the listed members. */
  public static HazelcastInstance startWorker(List<Address> members, int port) {
    return Hazelcast.newHazelcastInstance(config(members, port, false));
  }

  /** Lowercase text of a member address for messages. */
  static String describe(com.hazelcast.cluster.Member m) {
    return m.getAddress().getHost().toLowerCase(Locale.ROOT) + ":" + m.getAddress().getPort();
  }
}
