package org.tourplan.engine;

import java.util.Arrays;

/**
 * The default event list: a binary min-heap over parallel primitive arrays, ordered by (time, insertion
 * sequence). Primitive arrays instead of event objects mean no allocation per event once the arrays have grown,
 * and the sequence number gives FIFO order among equal times, which a plain heap does not.
 */
public final class BinaryHeapEventList implements EventList {
  private double[] time;
  private long[] seq;
  private int[] target;
  private int[] payload;
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
    target = new int[n];
    payload = new int[n];
  }

  @Override
  public void add(double t, int tg, int p) {
    if (size == time.length) {
      grow();
    }
    long s = nextSeq++;
    // sift up: move the hole towards the root while the parent is later
    int i = size++;
    final double[] tm = time;
    final long[] sq = seq;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
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
    // re-insert the last element from the root downwards
    double t = tm[n];
    long s = sq[n];
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
