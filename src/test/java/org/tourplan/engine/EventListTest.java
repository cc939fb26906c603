package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventListTest {

  static Stream<Supplier<EventList>> lists() {
    return Stream.of(() -> new BinaryHeapEventList(2), () -> new FourAryHeapEventList(2));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void thousandsOfTiesComeOutInInsertionOrder(Supplier<EventList> make) {
    EventList l = make.get();
    int n = 5000;
    // interleave two tie groups and a later time so the heap really reshuffles
    for (int i = 0; i < n; i++) {
      l.add(i % 3 == 0 ? 2.0 : 1.0, i % 7, i);
    }
    assertEquals(n, l.size());
    int last1 = -1;
    int last2 = -1;
    double lastTime = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double t = l.minTime();
      int p = l.minPayload();
      assertEquals(p % 7, l.minTarget());
      assertTrue(t >= lastTime);
      lastTime = t;
      if (t == 1.0) {
        assertTrue(p > last1, "FIFO among equal times");
        last1 = p;
      } else {
        assertTrue(p > last2, "FIFO among equal times");
        last2 = p;
      }
      l.removeMin();
    }
    assertTrue(l.isEmpty());
  }

  @ParameterizedTest
  @MethodSource("lists")
  void growsFromTinyCapacityAndKeepsEverything(Supplier<EventList> make) {
    EventList l = make.get();
    int n = 100_000;
    for (int i = n - 1; i >= 0; i--) {
      l.add(i, 0, i);
    }
    assertEquals(n, l.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, l.minTime());
      assertEquals(i, l.minPayload());
      l.removeMin();
    }
    assertTrue(l.isEmpty());
    assertEquals(0, l.size());
  }

  @ParameterizedTest
  @MethodSource("lists")
  void clearEmptiesAndRestartsTieOrder(Supplier<EventList> make) {
    EventList l = make.get();
    for (int i = 0; i < 10; i++) {
      l.add(5, 0, i);
    }
    l.clear();
    assertTrue(l.isEmpty());
    l.add(1, 0, 10);
    l.add(1, 0, 11);
    assertEquals(10, l.minPayload());
    l.removeMin();
    assertEquals(11, l.minPayload());
    l.removeMin();
    assertTrue(l.isEmpty());
    l.removeMin(); // harmless on empty
    assertEquals(0, l.size());
  }

  /** Both lists and a sorted reference agree on the pop order of random interleaved adds and removes. */
  @Test
  void interchangeableListsPopIdenticallyOnRandomInputs() {
    for (long seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      EventList a = new BinaryHeapEventList(1);
      EventList b = new FourAryHeapEventList(1);
      List<double[]> ref = new ArrayList<>(); // {time, seq, payload}
      Comparator<double[]> order = Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]);
      long seq = 0;
      double now = 0;
      int ops = 2000 + rnd.nextInt(3000);
      for (int op = 0; op < ops; op++) {
        boolean add = ref.isEmpty() || rnd.nextInt(100) < 55;
        if (add) {
          // coarse times make many ties
          double t = now + (rnd.nextBoolean() ? rnd.nextInt(5) : rnd.nextDouble() * 10);
          int payload = rnd.nextInt();
          a.add(t, payload & 15, payload);
          b.add(t, payload & 15, payload);
          ref.add(new double[] {t, seq++, payload});
        } else {
          ref.sort(order);
          double[] e = ref.remove(0);
          assertEquals(e[0], a.minTime());
          assertEquals(e[0], b.minTime());
          assertEquals((int) e[2], a.minPayload());
          assertEquals((int) e[2], b.minPayload());
          assertEquals(a.minTarget(), b.minTarget());
          now = e[0];
          a.removeMin();
          b.removeMin();
        }
        assertEquals(ref.size(), a.size());
        assertEquals(ref.size(), b.size());
      }
      while (!a.isEmpty()) {
        assertFalse(b.isEmpty());
        assertEquals(a.minTime(), b.minTime());
        assertEquals(a.minPayload(), b.minPayload());
        a.removeMin();
        b.removeMin();
      }
      assertTrue(b.isEmpty());
    }
  }

  @Test
  void simulatorsOnEitherListProduceTheSameTrace() {
    long[] traces = new long[2];
    EventList[] lists = {new BinaryHeapEventList(), new FourAryHeapEventList()};
    for (int k = 0; k < 2; k++) {
      Simulator sim = new Simulator(lists[k]);
      RandomStream r = new RandomStream(42);
      long[] hash = {17};
      int[] self = new int[1];
      self[0] = sim.register(p -> {
        hash[0] = hash[0] * 31 + p;
        hash[0] = hash[0] * 31 + Double.hashCode(sim.now());
        if (sim.eventCount() < 50_000) {
          sim.after(r.nextInt(4), self[0], r.nextInt(1000)); // integer delays: many ties
        }
      });
      for (int i = 0; i < 100; i++) {
        sim.at(i % 3, self[0], i);
      }
      sim.run();
      traces[k] = hash[0];
    }
    assertEquals(traces[0], traces[1]);
  }
}
