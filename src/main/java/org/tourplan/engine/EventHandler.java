package org.tourplan.engine;

/**
 * Receives the events addressed to one target. An int payload (not an event object) keeps scheduling free of
 * allocation: the handler already holds its state and the payload only says which step is due.
 */
@FunctionalInterface
public interface EventHandler {
  /** Handles one event; the simulator's clock already shows the event's time. */
  void handle(int payload);
}
