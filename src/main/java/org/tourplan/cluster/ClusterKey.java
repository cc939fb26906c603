package org.tourplan.cluster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cluster's shared key. Members derive the cluster name from it (a member with another key is in another
 * cluster and never joins), and every unit, every result and every handshake carries an HMAC-SHA256 made with it,
 * so a member that merely knows the name can neither hand out work, nor receive it, nor feed results.
 *
 * <p>The key comes from {@code --cluster-key-file FILE} or the environment variable {@value #ENV} (never from the
 * command line, where {@code ps} would show it). A cluster whose members are all on loopback may run without a
 * key: it then uses a fixed, public key ({@link #loopbackDefault()}), which keeps other machines out only because
 * nothing listens beyond 127.0.0.1. A cluster that spans machines must have a key.
 */
public final class ClusterKey {
  /** The environment variable that may hold the key itself. */
  public static final String ENV = org.tourplan.run.ClusterProvider.KEY_ENV;
  /** Shortest key accepted, in bytes. */
  public static final int MIN_BYTES = 16;
  /** Longest key file read, in bytes. */
  static final int MAX_BYTES = 4096;
  private static final byte[] LOOPBACK = "tourplan loopback cluster without a key".getBytes(StandardCharsets.UTF_8);

  private final byte[] secret;
  private final boolean fixed;

  private ClusterKey(byte[] secret, boolean fixed) {
    this.secret = secret.clone();
    this.fixed = fixed;
  }

  /** A key from its bytes (at least {@value #MIN_BYTES}). */
  public static ClusterKey of(byte[] secret) {
    if (secret.length < MIN_BYTES) {
      throw new IllegalArgumentException("the cluster key has " + secret.length + " bytes, expected at least "
          + MIN_BYTES);
    }
    return new ClusterKey(secret, false);
  }

  /** The public key of a loopback cluster started without a key. */
  public static ClusterKey loopbackDefault() {
    return new ClusterKey(LOOPBACK, true);
  }

  /** True for the public loopback key. */
  public boolean isLoopbackDefault() {
    return fixed;
  }

  /**
   * The key for a member of {@code members}: from {@code file} when given, else from the environment value
   * {@code env} when set, else the loopback default when every member is on loopback.
   *
   * @throws IllegalArgumentException with a message for people: unreadable or short file, or no key for a
   *     cluster that spans machines
   */
  public static ClusterKey resolve(Path file, String env, List<ClusterConfig.Address> members) {
    if (file != null) {
      byte[] raw = read(file);
      byte[] key = strip(raw);
      if (key.length < MIN_BYTES) {
        throw new IllegalArgumentException("--cluster-key-file " + file + ": found a key of " + key.length
            + " bytes, expected at least " + MIN_BYTES + " (for example: head -c 32 /dev/urandom | base64 > "
            + file + ")");
      }
      return new ClusterKey(key, false);
    }
    if (env != null && !env.isBlank()) {
      byte[] key = strip(env.getBytes(StandardCharsets.UTF_8));
      if (key.length < MIN_BYTES) {
        throw new IllegalArgumentException(ENV + ": found a key of " + key.length + " bytes, expected at least "
            + MIN_BYTES);
      }
      return new ClusterKey(key, false);
    }
    if (!members.isEmpty() && members.stream().allMatch(ClusterConfig.Address::loopback)) {
      return loopbackDefault();
    }
    throw new IllegalArgumentException("--cluster " + ClusterConfig.format(members) + " reaches beyond this machine "
        + "and needs a shared key: write one to a file on every machine (head -c 32 /dev/urandom | base64 > "
        + "cluster.key; chmod 600 cluster.key) and give --cluster-key-file cluster.key, or set " + ENV);
  }

  /**
   * The key file's bytes: a regular file (a FIFO would block forever, a device such as /dev/zero never ends:
   * {@code Files.size} is 0 for both), read up to one byte past {@value #MAX_BYTES} so that even a file swapped for
   * a device after the check cannot fill the memory.
   */
  private static byte[] read(Path file) {
    String where = "--cluster-key-file " + file + ": ";
    java.nio.file.attribute.BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(where + "file not found");
    } catch (IOException e) {
      throw new IllegalArgumentException(where + "cannot read it: " + e.getMessage());
    }
    if (!a.isRegularFile()) {
      throw new IllegalArgumentException(where + (a.isDirectory() ? "is a folder" : "is not a regular file (a FIFO, "
          + "a device or a socket)") + "; a key file is a small regular file holding one line");
    }
    byte[] raw;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      raw = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new IllegalArgumentException(where + "cannot read it: " + e.getMessage());
    }
    if (raw.length > MAX_BYTES) {
      throw new IllegalArgumentException(where + "larger than " + MAX_BYTES + " bytes; a key file holds one line");
    }
    return raw;
  }

  private static byte[] strip(byte[] raw) {
    int end = raw.length;
    while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r' || raw[end - 1] == ' '
        || raw[end - 1] == '\t')) {
      end--;
    }
    return Arrays.copyOf(raw, end);
  }

  /** The cluster name members of this key share: "tourplan-" and 16 hex digits of a keyed hash. */
  public String clusterName() {
    if (fixed) {
      return "tourplan-loopback";
    }
    return "tourplan-" + HexFormat.of().formatHex(mac("cluster-name"), 0, 8);
  }

  /**
   * HMAC-SHA256 over a label (which says what is signed, so a MAC of one kind never passes for another) and the
   * parts, each length-prefixed so that no two different lists of parts sign the same bytes.
   */
  public byte[] mac(String label, Object... parts) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(secret, "HmacSHA256"));
      feed(m, label.getBytes(StandardCharsets.UTF_8));
      for (Object p : parts) {
        feed(m, bytes(p));
      }
      return m.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** True when {@code mac} is the MAC of the label and parts (compared in constant time). */
  public boolean verify(byte[] mac, String label, Object... parts) {
    return mac != null && MessageDigest.isEqual(mac, mac(label, parts));
  }

  private static void feed(Mac m, byte[] b) {
    m.update(ByteBuffer.allocate(4).putInt(b.length).array());
    m.update(b);
  }

  private static byte[] bytes(Object p) {
    if (p == null) {
      return new byte[] {(byte) 0xff};
    }
    if (p instanceof byte[] b) {
      return b;
    }
    if (p instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    if (p instanceof Long || p instanceof Integer) {
      return ByteBuffer.allocate(8).putLong(((Number) p).longValue()).array();
    }
    if (p instanceof double[][] v) {
      int n = 0;
      for (double[] row : v) {
        n += 4 + 8 * row.length;
      }
      ByteBuffer b = ByteBuffer.allocate(4 + n).putInt(v.length);
      for (double[] row : v) {
        b.putInt(row.length);
        for (double x : row) {
          b.putLong(Double.doubleToRawLongBits(x));
        }
      }
      return b.array();
    }
    throw new IllegalArgumentException("cannot sign a " + p.getClass().getName());
  }

  @Override
  public String toString() {
    return fixed ? "ClusterKey[loopback default]" : "ClusterKey[secret]"; // never the secret itself
  }
}
