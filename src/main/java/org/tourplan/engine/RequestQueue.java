package org.tourplan.engine;

import java.util.Arrays;

/**
 * A FIFO ring buffer of waiting (amount, target, payload) requests in three int arrays, shared by
 * {@link Resource} and {@link Gate} so that waiting allocates nothing once the buffer has grown.
 */
final class RequestQueue {
  private int[] amount = new int[16];
  private int[] target = new int[16];
  private int[] payload = new int[16];
  private int head;
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(int a, int t, int p) {
    if (size == amount.length) {
      grow();
    }
    int i = (head + size) & (amount.length - 1);
    amount[i] = a;
    target[i] = t;
    payload[i] = p;
    size++;
  }

  int headAmount() {
    return amount[head];
  }

  int headTarget() {
    return target[head];
  }

  int headPayload() {
    return payload[head];
  }

  void removeHead() {
    head = (head + 1) & (amount.length - 1);
    size--;
  }

  void clear() {
    head = 0;
    size = 0;
  }

  private void grow() {
    int n = amount.length;
    int[] a = new int[2 * n];
    int[] t = new int[2 * n];
    int[] p = new int[2 * n];
    for (int k = 0; k < size; k++) {
      int i = (head + k) & (n - 1);
      a[k] = amount[i];
      t[k] = target[i];
      p[k] = payload[i];
    }
    amount = a;
    target = t;
    payload = p;
    head = 0;
  }

  @Override
  public String toString() {
    return "RequestQueue[size=" + size + ", capacity=" + amount.length + "]";
  }
}
