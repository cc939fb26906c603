package org.tourplan.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The steps of a long command on a terminal: a progress bar on stderr counting the steps done, with the one under
 * way named beside it ("planning shuttles with jsprit"). Off (every call a no-op) when the output is not a terminal,
 * so that logs and pipes get no carriage-return lines. When the steps are done the bar is cleared: what the command
 * prints next is the answer, and a bar stuck short of 100% above it would say the work had stopped.
 */
final class Steps implements AutoCloseable {
  private final ProgressBar bar;
  private int done;
  private boolean closed;

  private Steps(ProgressBar bar) {
    this.bar = bar;
  }

  /** Steps named {@code task}, {@code total} of them; off when {@code off} or not on a terminal. */
  static Steps of(String task, int total, boolean off) {
    if (off || System.console() == null) {
      return new Steps(null);
    }
    return new Steps(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" steps", 1).continuousUpdate().clearDisplayOnFinish().build());
  }

  /** Marks the previous step done and names the next. */
  void next(String what) {
    if (bar != null) {
      bar.stepTo(done++);
      bar.setExtraMessage(what);
    }
  }

  @Override
  public void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.stepTo(bar.getMax());
      bar.setExtraMessage("done");
      bar.close();
    }
  }
}
