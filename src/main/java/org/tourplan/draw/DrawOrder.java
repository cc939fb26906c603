package org.tourplan.draw;

import java.util.HexFormat;
import org.tourplan.engine.RandomStream;

/**
 * The order in which the draw picks applicants: the model's rule (contract 4.1), each next applicant chosen among
 * those not yet chosen with probability proportional to the weight of his ticket (1, or 1 + points).
 *
 * <p>How. Applicant i (in file order) gets U_i, the i-th {@link RandomStream#nextOpenDouble()} of the stream
 * {@link #stream}, and the key K_i = -ln(U_i) / w_i ({@link StrictMath#log}); the order is the keys ascending, equal
 * keys in file order. -ln(U_i) is an Exp(1) variate, so K_i is an exponential clock of rate w_i, independent
 * across applicants.
 *
 * <p>Why this is the successive draw (Efraimidis and Spirakis, "Weighted random sampling with a reservoir",
 * Information Processing Letters 97, 2006). The first clock to ring is applicant i's with probability
 * w_i / sum(w): P(K_i &lt; K_j for all j != i) = integral of w_i e^(-w_i t) prod_j e^(-w_j t) dt = w_i / sum(w).
 * Given that the first rang at time s, every other clock still running is, by memorylessness, s plus a fresh
 * exponential of its own rate, so the second to ring is again chosen in proportion to weight among the rest, and so
 * on: the whole order is distributed as successive weighted draws without replacement, and its first k are the k
 * winners of the model's draw. With equal weights every order is equally likely (a uniform shuffle). The tests check
 * this against an applicant-by-applicant successive draw written independently.
 *
 * <p>Reproducible by specification: the stream is xoshiro256++ seeded by SplitMix64 through
 * {@link RandomStream#mix} (64-bit integer arithmetic only), the logarithm is fdlibm's ({@code StrictMath}), and the
 * sort is a stable radix sort on the keys' bits (positive doubles order as their bit patterns), so the order is
 * identical on every machine. Ties (probability about n^2 / 2^53) keep file order.
 */
public final class DrawOrder {
  /** The source name of the draw's stream. */
  public static final String SOURCE = "draw";

  private DrawOrder() {
  }

  /**
   * The draw's random stream: {@code RandomStream.of(seed, h, "draw")} where h is the first 8 bytes of the
   * applicant file's SHA-256, read as a big-endian signed 64-bit integer.
   *
   * <p>Why the file's hash: the draw is then a function of the published list as well as of the seed. Without it,
   * anyone who knew the seed could add a row whose key is known in advance to win; with it, any change to the file
   * changes every key. The protocol that makes the draw checkable is therefore: publish the file's SHA-256 (printed
   * by the draw, and in draw.json) before the seed is chosen, choose the seed in public afterwards, and anyone can
   * rerun the draw ({@code tourplan draw --verify}).
   */
  public static RandomStream stream(long seed, String sha256) {
    return RandomStream.of(seed, fileKey(sha256), SOURCE);
  }

  /** The first 8 bytes of the SHA-256 (hex) as a big-endian signed long. */
  public static long fileKey(String sha256) {
    byte[] b = HexFormat.of().parseHex(sha256.substring(0, 16));
    long h = 0;
    for (byte x : b) {
      h = h << 8 | (x & 0xFF);
    }
    return h;
  }

  /**
   * The draw order: applicant indices (file order) from the first drawn to the last.
   *
   * @param weights each applicant's ticket weight (&gt; 0)
   */
  public static int[] order(double[] weights, RandomStream r) {
    int n = weights.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      double k = -StrictMath.log(r.nextOpenDouble()) / weights[i];
      keys[i] = Double.doubleToRawLongBits(k); // k > 0: bit patterns order as the values
    }
    return sortedIndices(keys);
  }

  /** Indices sorted by key ascending, equal keys by index: LSD radix sort, 8 passes of 8 bits, stable. */
  static int[] sortedIndices(long[] keys) {
    int n = keys.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    int[] tmp = new int[n];
    long[] k = keys.clone();
    long[] ktmp = new long[n];
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (k[i] >>> shift & 0xFF) + 1]++;
      }
      if (allSame(count, n)) { // every key has this byte: the pass would move nothing
        continue;
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < n; i++) {
        int b = (int) (k[i] >>> shift & 0xFF);
        int at = count[b]++;
        tmp[at] = idx[i];
        ktmp[at] = k[i];
      }
      int[] si = idx;
      idx = tmp;
      tmp = si;
      long[] sk = k;
      k = ktmp;
      ktmp = sk;
    }
    return idx;
  }

  /** Whether one bucket holds every key (the pass would not move anything). */
  private static boolean allSame(int[] count, int n) {
    for (int b = 1; b <= 256; b++) {
      if (count[b] == n) {
        return true;
      }
    }
    return false;
  }
}
