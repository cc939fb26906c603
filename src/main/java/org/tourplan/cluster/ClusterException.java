package org.tourplan.cluster;

import org.tourplan.run.ExecutorException;

/** The cluster cannot be used: nobody answered, or a unit kept failing. The message is one line for people. */
public final class ClusterException extends ExecutorException {
  private static final long serialVersionUID = 1L;

  /** An error with a message for people. */
  public ClusterException(String message) {
    super(message);
  }
}
