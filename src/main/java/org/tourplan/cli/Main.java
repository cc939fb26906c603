package org.tourplan.cli;

/** Placeholder entry point while the CLI is written. */
public final class Main {
  public static void main(String[] args) {
  }
}
