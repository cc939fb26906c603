package org.tourplan.engine;

/**
 * The natural logarithm of fdlibm ({@code e_log.c}, Sun Microsystems 1993, freely redistributable), transcribed
 * to Java. It returns exactly what {@link StrictMath#log(double)} returns (which is specified to be fdlibm), so
 * draws stay identical on every JVM, but it is compiled by the JIT instead of going through a native call:
 * exponential draws sit on the simulation's hot path. Tests compare it bit for bit with {@code StrictMath.log}.
 */
final class FdLibmLog {
  private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42fee00000
  private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef35793c76
  private static final double TWO54 = 1.80143985094819840000e+16; // 0x4350000000000000
  private static final double LG1 = 6.666666666666735130e-01; // 0x3FE5555555555593
  private static final double LG2 = 3.999999999940941908e-01; // 0x3FD999999997FA04
  private static final double LG3 = 2.857142874366239149e-01; // 0x3FD2492494229359
  private static final double LG4 = 2.222219843214978396e-01; // 0x3FCC71C51D8E78AF
  private static final double LG5 = 1.818357216161805012e-01; // 0x3FC7466496CB03DE
  private static final double LG6 = 1.531383769920937332e-01; // 0x3FC39A09D078C69F
  private static final double LG7 = 1.479819860511658591e-01; // 0x3FC2F112DF3E5244

  private FdLibmLog() {
  }

  static double log(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >> 32);
    int lx = (int) bits;
    int k = 0;
    if (hx < 0x00100000) { // x < 2^-1022: zero, negative, or subnormal
      if (((hx & 0x7fffffff) | lx) == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (hx < 0) {
        return Double.NaN;
      }
      k -= 54;
      x *= TWO54; // scale a subnormal up
      hx = (int) (Double.doubleToRawLongBits(x) >> 32);
    }
    if (hx >= 0x7ff00000) {
      return x + x; // infinity or NaN
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int i = (hx + 0x95f64) & 0x100000;
    // normalise x or x/2 into [sqrt(2)/2, sqrt(2))
    x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32)
        | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    k += i >> 20;
    double f = x - 1.0;
    if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
      if (f == 0) {
        if (k == 0) {
          return 0;
        }
        double dk = k;
        return dk * LN2_HI + dk * LN2_LO;
      }
      double r = f * f * (0.5 - 0.33333333333333333 * f);
      if (k == 0) {
        return f - r;
      }
      double dk = k;
      return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    double s = f / (2.0 + f);
    double dk = k;
    double z = s * s;
    i = hx - 0x6147a;
    double w = z * z;
    int j = 0x6b851 - hx;
    double t1 = w * (LG2 + w * (LG4 + w * LG6));
    double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    double r = t2 + t1;
    if (i > 0) {
      double hfsq = 0.5 * f * f;
      if (k == 0) {
        return f - (hfsq - s * (hfsq + r));
      }
      return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
    }
    if (k == 0) {
      return f - s * (f - r);
    }
    return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
  }
}
