package org.tourplan.engine;

import java.util.Arrays;

/**
 * A second event list, a 4-ary min-heap over the same parallel arrays and (time, sequence) order. It exists to
 * prove that models do not depend on the event list (tests pop both side by side), and because its shallower tree
 * can be faster for large calendars.
 */
public final class FourAryHeapEventList implements EventList {
  private double[] time;
  private long[] seq;
  private int[] target;
  private int[] payload;
  private int size;
  private long nextSeq;

  public FourAryHeapEventList() {
    this(64);
  }

  /** Creates a list with room for {@code initialCapacity} events before the first growth. */
  public FourAryHeapEventList(int initialCapacity) {
    int n = Math.max(4, initialCapacity);
    time = new double[n];
    seq = new long[n];
    target = new int[n];
    payload = new int[n];
  }

  @Override
  public void add(double t, int tg, int p) {
    if (size == time.length) {
      grow();
    }
    long s = nextSeq++;
    int i = size++;
    final double[] tm = time;
    final long[] sq = seq;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      double pt = tm[parent];
      if (pt < t || (pt == t && sq[parent] < s)) {
        break;
      }
      tm[i] = pt;
      sq[i] = sq[parent];
      target[i] = target[parent];
      payload[i] = payload[parent];
      i = parent;
    }
    tm[i] = t;
    sq[i] = s;
    target[i] = tg;
    payload[i] = p;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public double minTime() {
    return time[0];
  }

  @Override
  public int minTarget() {
    return target[0];
  }

  @Override
  public int minPayload() {
    return payload[0];
  }

  @Override
  public void removeMin() {
    int n = --size;
    if (n <= 0) {
      size = Math.max(n, 0);
      return;
    }
    final double[] tm = time;
    final long[] sq = seq;
    final int[] tg = target;
    final int[] pl = payload;
    double t = tm[n];
    long s = sq[n];
    int i = 0;
    while (true) {
      int first = 4 * i + 1;
      if (first >= n) {
        break;
      }
      int c = first;
      double ct = tm[c];
      int end = Math.min(first + 4, n);
      for (int k = first + 1; k < end; k++) {
        double kt = tm[k];
        if (kt < ct || (kt == ct && sq[k] < sq[c])) {
          c = k;
          ct = kt;
        }
      }
      if (t < ct || (t == ct && s < sq[c])) {
        break;
      }
      tm[i] = ct;
      sq[i] = sq[c];
      tg[i] = tg[c];
      pl[i] = pl[c];
      i = c;
    }
    tm[i] = t;
    sq[i] = s;
    tg[i] = tg[n];
    pl[i] = pl[n];
  }

  @Override
  public void clear() {
    size = 0;
    nextSeq = 0;
  }

  private void grow() {
    int n = time.length * 2;
    time = Arrays.copyOf(time, n);
    seq = Arrays.copyOf(seq, n);
    target = Arrays.copyOf(target, n);
    payload = Arrays.copyOf(payload, n);
  }
}
