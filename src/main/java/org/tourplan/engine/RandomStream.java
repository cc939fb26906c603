package org.tourplan.engine;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A reproducible stream of random numbers, one per (seed, replication, source). Streams are derived by hashing,
 * not by drawing from one another, so replication i depends only on (seed, i) at any thread count, and adding a
 * named source leaves every other stream unchanged (common random numbers across plan candidates).
 *
 * <p>The generator is xoshiro256++ (D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
 * 2018; public-domain reference code at https://prng.di.unimi.it/xoshiro256plusplus.c), its state filled by
 * SplitMix64 (G. Steele, D. Lea and C. Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014;
 * public-domain code at https://prng.di.unimi.it/splitmix64.c). Both use only 64-bit integer arithmetic and
 * transcendental functions are fdlibm ({@link StrictMath} or its transcription {@code FdLibmLog}), so the numbers
 * are identical on every JVM and machine.
 *
 * <p>Not thread-safe: one stream per thread and source.
 */
public final class RandomStream {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;
  private static final double TWO_PI = 2 * Math.PI;

  private long s0;
  private long s1;
  private long s2;
  private long s3;
  private RandomGenerator commons;

  /** A stream whose whole state is derived from one 64-bit seed via SplitMix64. */
  public RandomStream(long seed64) {
    reseed(seed64);
  }

  /**
   * The 64-bit seed of the stream for ({@code seed}, {@code replication}, {@code source}): the source name is
   * hashed with FNV-1a 64 over its UTF-16 chars (low byte, then high byte), and the three are chained through the
   * SplitMix64 finaliser: {@code h = fin(fin(fin(seed + G) ^ (replication + G)) ^ (fnv(source) + G))} with
   * {@code G = 0x9E3779B97F4A7C15}. Pure and deterministic; part of the reproducibility contract.
   */
  public static long mix(long seed, long replication, String source) {
    long h = finalise(seed + GOLDEN_GAMMA);
    h = finalise(h ^ (replication + GOLDEN_GAMMA));
    return finalise(h ^ (fnv1a64(source) + GOLDEN_GAMMA));
  }

  /** The stream for ({@code seed}, {@code replication}, {@code source}); see {@link #mix}. */
  public static RandomStream of(long seed, long replication, String source) {
    return new RandomStream(mix(seed, replication, source));
  }

  /** Restarts this stream as if newly built with {@code seed64}; allocates nothing. */
  public void reseed(long seed64) {
    long x = seed64;
    x += GOLDEN_GAMMA;
    s0 = finalise(x);
    x += GOLDEN_GAMMA;
    s1 = finalise(x);
    x += GOLDEN_GAMMA;
    s2 = finalise(x);
    x += GOLDEN_GAMMA;
    s3 = finalise(x);
  }

  /** Next 64 random bits (xoshiro256++). */
  public long nextLong() {
    final long result = Long.rotateLeft(s0 + s3, 23) + s0;
    final long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** Uniform on [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform on the open interval (0, 1), safe for {@code log} and inverse transforms. */
  public double nextOpenDouble() {
    return ((nextLong() >>> 12) + 0.5) * 0x1.0p-52;
  }

  /**
   * Standard normal by Box-Muller, using one of the pair and discarding the other: no cached value, so the output
   * after {@link #reseed} depends on the seed alone.
   */
  public double nextGaussian() {
    double u = nextOpenDouble();
    double v = nextDouble();
    return StrictMath.sqrt(-2 * FdLibmLog.log(u)) * StrictMath.cos(TWO_PI * v);
  }

  /** Uniform on {@code 0 .. bound - 1}, unbiased (Lemire's multiply-and-reject). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0: " + bound);
    }
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = (0x100000000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /**
   * This stream seen as a commons-math3 generator, for its distributions (pass it to their constructors; never let
   * them seed themselves). Draws come from, and advance, this stream. {@code setSeed} reseeds this stream.
   */
  public RandomGenerator asCommonsMath() {
    if (commons == null) {
      commons = new CommonsAdapter(this);
    }
    return commons;
  }

  /** FNV-1a 64 over the UTF-16 chars of {@code s}, low byte first. */
  static long fnv1a64(String s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h ^= c & 0xFF;
      h *= FNV_PRIME;
      h ^= c >>> 8;
      h *= FNV_PRIME;
    }
    return h;
  }

  /** The SplitMix64 output function (Stafford's Mix13 variant). */
  static long finalise(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Adapter without state of its own, so nothing is cached across reseeds. */
  private static final class CommonsAdapter implements RandomGenerator {
    private final RandomStream r;

    CommonsAdapter(RandomStream r) {
      this.r = r;
    }

    @Override
    public void setSeed(int seed) {
      r.reseed(seed);
    }

    @Override
    public void setSeed(int[] seed) {
      long h = FNV_OFFSET;
      for (int s : seed) {
        h = finalise(h ^ (s & 0xFFFFFFFFL));
      }
      r.reseed(h);
    }

    @Override
    public void setSeed(long seed) {
      r.reseed(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
      int i = 0;
      while (i < bytes.length) {
        long v = r.nextLong();
        for (int k = 0; k < 8 && i < bytes.length; k++, v >>>= 8) {
          bytes[i++] = (byte) v;
        }
      }
    }

    @Override
    public int nextInt() {
      return (int) (r.nextLong() >>> 32);
    }

    @Override
    public int nextInt(int n) {
      return r.nextInt(n);
    }

    @Override
    public long nextLong() {
      return r.nextLong();
    }

    @Override
    public boolean nextBoolean() {
      return r.nextLong() < 0;
    }

    @Override
    public float nextFloat() {
      return (r.nextLong() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public double nextDouble() {
      return r.nextDouble();
    }

    @Override
    public double nextGaussian() {
      return r.nextGaussian();
    }
  }
}
