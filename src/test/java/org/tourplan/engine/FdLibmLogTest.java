package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FdLibmLogTest {

  private static void same(double x) {
    if (Double.isNaN(StrictMath.log(x))) {
      assertEquals(true, Double.isNaN(FdLibmLog.log(x)), "log(" + x + ")"); // NaN payload bits do not matter
      return;
    }
    assertEquals(Double.doubleToRawLongBits(StrictMath.log(x)), Double.doubleToRawLongBits(FdLibmLog.log(x)),
        () -> "log(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
  }

  @Test
  void specialValues() {
    double[] xs = {0.0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, 2, 0.5,
        Math.E, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1 + Math.ulp(1.0), 1 - Math.ulp(1.0) / 2,
        0x1.0p-53, 0x1.0p-1074, 0.7071067811865476, 1.4142135623730951};
    for (double x : xs) {
      same(x);
    }
  }

  @Test
  void bitForBitEqualToStrictMathOnRandomInputs() {
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 3_000_000; i++) {
      same(r.nextDouble()); // the range exponential draws use
      same(Double.longBitsToDouble(r.nextLong() & 0x7fffffffffffffffL)); // any positive double
      same(1 + (r.nextDouble() - 0.5) * 0x1.0p-18); // near 1, the |f| < 2^-20 branch and its neighbours
    }
  }
}
