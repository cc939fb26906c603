package org.tourplan.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tourplan.app.Progress;

/**
 * The terminal's side of a use case's {@link Progress}: a bar over the plan's candidates while it searches, then
 * the numbered {@link Steps}, sized by the use case plus the steps the command adds itself (the PDF). Off when the
 * output is not a terminal or progress was switched off; each bar is cleared from the screen when its work is done,
 * so that the finished screen shows the answer only.
 */
final class StepsProgress implements Progress, AutoCloseable {
  private final String task;
  private final int extra;
  private final boolean off;
  private ProgressBar search;
  private Steps steps;

  /** Steps named {@code task}, with {@code extra} steps the command adds after the use case's. */
  StepsProgress(String task, int extra, boolean off) {
    this.task = task;
    this.extra = extra;
    this.off = off;
  }

  /** Adds a bar over {@code total} candidates for the plan's search, shown until the steps begin. */
  StepsProgress withSearch(long total) {
    if (!off && System.console() != null) {
      search = new ProgressBarBuilder().setTaskName("Planning").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" candidates", 1).continuousUpdate()
          .clearDisplayOnFinish().build();
    }
    return this;
  }

  @Override
  public void searched(long examined, long total) {
    if (search != null) {
      search.stepTo(examined);
    }
  }

  @Override
  public void steps(int count) {
    closeSearch();
    steps = Steps.of(task, count + extra, off);
  }

  @Override
  public void step(String what) {
    if (steps != null) {
      steps.next(what);
    }
  }

  /**
   * The search is over: its bar goes (the search stops early once no cheaper candidate can win, so a bar left at
   * "42% ... 552/1,296 candidates" would read as a search that stopped half way; the work done is printed after the
   * answer).
   */
  private void closeSearch() {
    if (search != null) {
      search.close();
      search = null;
    }
  }

  @Override
  public void close() {
    closeSearch();
    if (steps != null) {
      steps.close();
    }
  }
}
