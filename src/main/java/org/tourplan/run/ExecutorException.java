package org.tourplan.run;

/**
 * An executor cannot do the work: nobody answered, or a unit kept failing. Nothing was mixed into any result; the
 * message is one line for people (the command line exits 2 with it). The cluster plug-in's errors are of this kind.
 */
public class ExecutorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message for people. */
  public ExecutorException(String message) {
    super(message);
  }
}
