package org.tourplan.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tourplan.plan.PlanResult;

/** The plan's charts (frontier, visitors against tours, the recommended week, P(target) heat map). */
final class PlanCharts {
  private PlanCharts() {
  }

  /**
   * A chart on the plan page.
   *
   * @param file    PNG file name beside index.html
   * @param title   heading
   * @param why     what it shows and why
   * @param caption how to read it
   * @param width   pixels
   * @param height  pixels
   */
  record Chart(String file, String title, String why, String caption, int width, int height) { }

  /** Writes the charts into {@code dir} and returns them in page order. */
  static List<Chart> write(PlanResult plan, Path dir) throws IOException {
    return List.of();
  }
}
