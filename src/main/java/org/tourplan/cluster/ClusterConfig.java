package org.tourplan.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * How tourplan's Hazelcast members are configured: a cluster name derived from the cluster key ({@link
 * ClusterKey#clusterName()}), TCP/IP join with every member listed one by one (multicast off), listening on this
 * machine's address in the list only (never on every interface), Java deserialization limited to tourplan's own
 * task and result classes, Hazelcast's logging off, phone-home off, one executor service for units, and bounded
 * join times so that nobody answering is an error within seconds, not a hang.
 */
public final class ClusterConfig {
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

    /** True for an IPv6 address (written in brackets, or a name that resolves to one). */
    boolean ipv6() {
      try {
        return InetAddress.getByName(host) instanceof java.net.Inet6Address;
      } catch (UnknownHostException e) {
        return false;
      }
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
    if (out.stream().anyMatch(Address::loopback) && !out.stream().allMatch(Address::loopback)) {
      throw new IllegalArgumentException("--cluster: '" + list + "' mixes loopback with other hosts: each machine "
          + "would reach only itself at the loopback address; list every machine by its network address");
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
   * @param key     the cluster key: the cluster name is derived from it
   * @throws IllegalArgumentException when no address of this machine can be chosen to listen on
   */
  public static Config config(List<Address> members, int port, boolean lite, ClusterKey key) {
    HazelcastQuiet.install();
    Config c = new Config();
    c.setClusterName(key.clusterName());
    c.setLiteMember(lite);
    c.setProperty("hazelcast.logging.type", HazelcastQuiet.loggingType());
    c.setProperty("hazelcast.phone.home.enabled", "false");
    c.setProperty("hazelcast.max.join.seconds", String.valueOf(JOIN_SECONDS));
    c.setProperty("hazelcast.socket.connect.timeout.seconds", String.valueOf(CONNECT_SECONDS));
    c.setProperty("hazelcast.wait.seconds.before.join", "0");
    c.setProperty("hazelcast.shutdownhook.enabled", "false"); // tourplan shuts its member down itself
    c.setProperty("hazelcast.health.monitoring.level", "OFF");
    NetworkConfig net = c.getNetworkConfig();
    net.setPort(port).setPortAutoIncrement(true);
    if (members.stream().anyMatch(Address::ipv6)) {
      c.setProperty("hazelcast.prefer.ipv4.stack", "false"); // Hazelcast ignores IPv6 addresses otherwise
    }
    // listen on one address of this machine, the one the cluster uses, never on every interface (*:port)
    c.setProperty("hazelcast.socket.bind.any", "false");
    c.setProperty("hazelcast.socket.server.bind.any", "false");
    c.setProperty("hazelcast.socket.client.bind.any", "false");
    net.getInterfaces().setEnabled(true).addInterface(bindAddress(members));
    JoinConfig join = net.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(CONNECT_SECONDS);
    for (Address a : members) {
      join.getTcpIpConfig().addMember(a.toString());
    }
    c.getSerializationConfig().setJavaSerializationFilterConfig(filter());
    int cores = Runtime.getRuntime().availableProcessors();
    c.getExecutorConfig(EXECUTOR).setPoolSize(cores).setStatisticsEnabled(false);
    return c;
  }

  /**
   * The only classes a member deserializes with Java serialization: tourplan's task and result classes, the
   * arrays they hold, and the exception types Hazelcast sends back when a member cannot run a task. Everything
   * else (a foreign class, a deserialization gadget) is refused before it is instantiated.
   */
  static JavaSerializationFilterConfig filter() {
    JavaSerializationFilterConfig f = new JavaSerializationFilterConfig().setDefaultsDisabled(true);
    f.getWhitelist().addClasses(MonthTask.class.getName(), UnitResult.class.getName(), Hello.class.getName(),
        Hello.Reply.class.getName(), "[[D", "[D", "[B",
        // a failure of the executor itself travels back as an exception (units never throw: see MonthTask)
        "java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException",
        "java.lang.IllegalStateException", "java.lang.StackTraceElement", "[Ljava.lang.StackTraceElement;",
        "java.util.Collections$EmptyList", "java.util.Collections$UnmodifiableRandomAccessList",
        "java.util.Collections$UnmodifiableList", "java.util.Collections$UnmodifiableCollection",
        "java.util.ArrayList", "java.util.concurrent.RejectedExecutionException",
        "java.util.concurrent.CancellationException", "com.hazelcast.core.HazelcastException",
        "com.hazelcast.core.HazelcastInstanceNotActiveException",
        "com.hazelcast.spi.exception.RetryableHazelcastException",
        "com.hazelcast.spi.exception.TargetNotMemberException",
        "com.hazelcast.spi.exception.TargetDisconnectedException",
        "com.hazelcast.nio.serialization.HazelcastSerializationException");
    return f;
  }

  /**
   * The address of this machine a member listens on: 127.0.0.1 for a loopback cluster; else the first listed
   * address that belongs to this machine; else the address this machine would use to reach the first listed
   * member (no packet is sent to find it).
   *
   * @throws IllegalArgumentException when none can be found
   */
  static String bindAddress(List<Address> members) {
    if (members.isEmpty() || members.stream().allMatch(Address::loopback)) {
      return members.stream().anyMatch(Address::ipv6) ? "0:0:0:0:0:0:0:1" : "127.0.0.1";
    }
    try {
      for (Address a : members) {
        InetAddress ip = InetAddress.getByName(a.host());
        if (NetworkInterface.getByInetAddress(ip) != null) {
          return ip.getHostAddress();
        }
      }
      Address first = members.get(0);
      try (DatagramSocket s = new DatagramSocket()) {
        s.connect(InetAddress.getByName(first.host()), first.port());
        InetAddress local = s.getLocalAddress();
        if (local == null || local.isAnyLocalAddress()) {
          throw new IllegalArgumentException("--cluster: no address of this machine reaches " + first);
        }
        return local.getHostAddress();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("--cluster: cannot choose the address of this machine that reaches "
          + members.get(0) + ": " + e.getMessage());
    }
  }

  /** Starts a full member (a worker: it runs units) on {@code port}, joining the listed members. */
  public static HazelcastInstance startWorker(List<Address> members, int port, ClusterKey key) {
    return startWorker(members, port, key, Build.fingerprint());
  }

  /** A worker that says it runs build {@code build} (tests start one of "another build" with it). */
  static HazelcastInstance startWorker(List<Address> members, int port, ClusterKey key, String build) {
    Config c = config(members, port, false, key);
    c.getUserContext().put(Credentials.CONTEXT, new Credentials(key, build));
    return Hazelcast.newHazelcastInstance(c);
  }

  /**
   * Stops members of one process in an order that leaves no task behind: lite members first, then the others
   * one at a time, each time waiting until the members still running have seen it leave (else a member shut
   * down while it handles the previous one's departure rejects the tasks that departure schedules).
   */
  public static void stop(HazelcastInstance... members) {
    List<HazelcastInstance> order = new ArrayList<>();
    for (HazelcastInstance m : members) {
      if (m != null && m.getLifecycleService().isRunning() && m.getCluster().getLocalMember().isLiteMember()) {
        order.add(m);
      }
    }
    for (HazelcastInstance m : members) {
      if (m != null && !order.contains(m)) {
        order.add(m);
      }
    }
    for (int i = 0; i < order.size(); i++) {
      HazelcastInstance m = order.get(i);
      if (!m.getLifecycleService().isRunning()) {
        continue;
      }
      java.util.UUID id = m.getCluster().getLocalMember().getUuid();
      m.shutdown();
      long deadline = System.nanoTime() + 10_000_000_000L;
      for (HazelcastInstance other : order.subList(i + 1, order.size())) {
        while (other.getLifecycleService().isRunning() && System.nanoTime() < deadline
            && other.getCluster().getMembers().stream().anyMatch(x -> x.getUuid().equals(id))) {
          sleep(20);
        }
      }
      sleep(200); // the departure's own tasks (partition and CRDT migration) start right after the list changes
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lowercase text of a member address for messages. */
  static String describe(com.hazelcast.cluster.Member m) {
    return describe(m.getAddress().getHost(), m.getAddress().getPort());
  }

  /** {@code host:port} as {@code --cluster} takes it: IPv6 in brackets and shortened ({@code [::1]:5701}). */
  public static String describe(String host, int port) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.indexOf(':') < 0) {
      return h + ":" + port;
    }
    int zone = h.indexOf('%');
    String scope = zone < 0 ? "" : h.substring(zone);
    String[] g = (zone < 0 ? h : h.substring(0, zone)).split(":", -1);
    int bestAt = -1;
    int best = 1;
    for (int i = 0; i < g.length; i++) { // the longest run of zero groups (two at least) becomes "::"
      int j = i;
      while (j < g.length && g[j].matches("0+")) {
        j++;
      }
      if (j - i > best) {
        best = j - i;
        bestAt = i;
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < g.length; i++) {
      if (i == bestAt) {
        b.append(i == 0 ? "::" : ":");
        i += best - 1;
        continue;
      }
      b.append(g[i].replaceFirst("^0+(?=.)", "")).append(i + 1 < g.length ? ":" : "");
    }
    return "[" + b + scope + "]:" + port;
  }
}
