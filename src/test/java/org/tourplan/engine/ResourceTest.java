package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTest {
  private final Simulator sim = new Simulator();
  private final List<Integer> granted = new ArrayList<>();
  private final int who = sim.register(granted::add);

  @Test
  void grantsSynchronouslyWhenFreeAndNobodyWaits() {
    Resource r = new Resource(sim, 3);
    r.request(2, who, 7);
    assertEquals(List.of(7), granted, "granted before request returned");
    assertEquals(1, r.available());
    assertEquals(2, r.inUse());
    assertEquals(0, r.queueLength());
    assertEquals(0, sim.eventCount(), "a grant costs no event");
  }

  @Test
  void headOfLineBlocksSmallerRequestsBehindIt() {
    Resource r = new Resource(sim, 4);
    r.request(3, who, 1); // granted, 1 left
    r.request(2, who, 2); // waits
    r.request(1, who, 3); // would fit, but waits behind 2
    assertEquals(List.of(1), granted);
    assertEquals(2, r.queueLength());
    assertEquals(1, r.available());
    r.release(3);
    assertEquals(List.of(1, 2, 3), granted);
    assertEquals(1, r.available());
  }

  @Test
  void releaseGrantsHeadsInOrderWhileTheyFitAndStopsAtTheFirstThatDoesNot() {
    Resource r = new Resource(sim, 5);
    r.request(5, who, 0);
    r.request(1, who, 1);
    r.request(2, who, 2);
    r.request(4, who, 3);
    r.request(1, who, 4);
    r.release(4);
    assertEquals(List.of(0, 1, 2), granted);
    assertEquals(1, r.available());
    assertEquals(2, r.queueLength());
    r.release(1); // 2 free: head needs 4
    assertEquals(List.of(0, 1, 2), granted);
    r.release(3); // 5 free
    assertEquals(List.of(0, 1, 2, 3, 4), granted);
    assertEquals(0, r.available());
  }

  @Test
  void aGrantCallbackThatRequestsAgainQueuesBehindThoseAlreadyWaiting() {
    Resource r = new Resource(sim, 1);
    List<Integer> order = new ArrayList<>();
    int[] target = new int[1];
    target[0] = sim.register(p -> {
      order.add(p);
      if (p == 1) {
        r.request(1, target[0], 11);
      }
    });
    r.request(1, target[0], 100);
    r.request(1, target[0], 1);
    r.request(1, target[0], 2);
    r.release(1);
    assertEquals(List.of(100, 1), order);
    r.release(1);
    r.release(1);
    assertEquals(List.of(100, 1, 2, 11), order);
  }

  @Test
  void aGrantCallbackThatReleasesHandsOverToTheNextInLine() {
    Resource r = new Resource(sim, 1);
    List<Integer> order = new ArrayList<>();
    int[] target = new int[1];
    target[0] = sim.register(p -> {
      order.add(p);
      if (p != 100) {
        r.release(1); // uses the unit for no time
      }
    });
    r.request(1, target[0], 100);
    for (int i = 0; i < 5; i++) {
      r.request(1, target[0], i);
    }
    r.release(1);
    assertEquals(List.of(100, 0, 1, 2, 3, 4), order);
    assertEquals(1, r.available());
    assertEquals(0, r.queueLength());
  }

  @Test
  void validatesAmounts() {
    Resource r = new Resource(sim, 2);
    assertThrows(IllegalArgumentException.class, () -> r.request(3, who, 0));
    assertThrows(IllegalArgumentException.class, () -> r.request(-1, who, 0));
    assertThrows(IllegalArgumentException.class, () -> r.request(1, who + 5, 0));
    assertThrows(IllegalArgumentException.class, () -> r.release(1));
    assertThrows(IllegalArgumentException.class, () -> new Resource(sim, -1));
  }

  @Test
  void queueGrowsBeyondItsInitialRingAndKeepsOrder() {
    Resource r = new Resource(sim, 1);
    r.request(1, who, -1);
    for (int i = 0; i < 1000; i++) {
      r.request(1, who, i);
    }
    for (int i = 0; i < 1000; i++) {
      r.release(1);
    }
    assertEquals(1001, granted.size());
    for (int i = 0; i < 1000; i++) {
      assertEquals(i, granted.get(i + 1));
    }
  }

  @Test
  void resetMakesEverythingFreeAndForgetsTheQueue() {
    Resource r = new Resource(sim, 2);
    r.request(2, who, 0);
    r.request(1, who, 1);
    r.reset();
    assertEquals(2, r.available());
    assertEquals(0, r.queueLength());
    assertEquals(2, r.capacity());
    r.release(0);
    assertEquals(List.of(0), granted);
  }
}
