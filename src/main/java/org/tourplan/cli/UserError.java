package org.tourplan.cli;

/** A problem with the user's input or environment, reported as one line and exit code 2, never a stack trace. */
final class UserError extends RuntimeException {
  UserError(String message) {
    super(message);
  }
}
