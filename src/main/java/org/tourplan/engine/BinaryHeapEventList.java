package org.tourplan.engine;

import java.util.Arrays;

/**
 * The default event list: a binary min-heap over parallel primitive arrays, ordered by (time, insertion
 * sequence). Primitive arrays instead of event objects mean no allocation per event once the arrays have grown,
 * and the sequence number gives FIFO order among equal times, which a plain heap does not. Target and payload
 * share one {@code long} (target in the high half), so a sift step moves three array slots rather than four.
 */
public final class BinaryHeapEventList implements EventList {
  private double[] time;
  private long[] seq;
  private long[] data;
  private int size;
  private long nextSeq;

  public BinaryHeapEventList() {
    this(64);
  }

  /** Creates a list with room for {@code initialCapacity} events before the first growth. */
  public BinaryHeapEventList(int initialCapacity) {
    int n = Math.max(2, initialCapacity);
    time = new double[n];
    seq = new long[n];
    data = new long[n];
  }

  @Override
  public void add(double t, int tg, int p) {
    if (size == time.length) {
      grow();
    }
    long s = nextSeq++;
    long d = ((long) tg << 32) | (p & 0xFFFFFFFFL);
    // sift up: move the hole towards the root while the parent is later
    int i = size++;
    final double[] tm = time;
    final long[] sq = seq;
    final long[] dt = data;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      double pt = tm[parent];
      if (pt < t || (pt == t && sq[parent] < s)) {
        break;
      }
      tm[i] = pt;
      sq[i] = sq[parent];
      dt[i] = dt[parent];
      i = parent;
    }
    tm[i] = t;
    sq[i] = s;
    dt[i] = d;
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
    return (int) (data[0] >>> 32);
  }

  @Override
  public int minPayload() {
    return (int) data[0];
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
    final long[] dt = data;
    // re-insert the last element from the root downwards
    double t = tm[n];
    long s = sq[n];
    long d = dt[n];
    int i = 0;
    int half = n >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      int r = c + 1;
      double ct = tm[c];
      if (r < n) {
        double rt = tm[r];
        if (rt < ct || (rt == ct && sq[r] < sq[c])) {
          c = r;
          ct = rt;
        }
      }
      if (t < ct || (t == ct && s < sq[c])) {
        break;
      }
      tm[i] = ct;
      sq[i] = sq[c];
      dt[i] = dt[c];
      i = c;
    }
    tm[i] = t;
    sq[i] = s;
    dt[i] = d;
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
    data = Arrays.copyOf(data, n);
  }
}
