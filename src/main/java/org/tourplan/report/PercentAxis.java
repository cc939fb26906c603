package org.tourplan.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An axis of percentages (0 to 100) that may run past 100 to leave room for the labels of bars and points at
 * 100%, but whose ticks and grid lines stop at 100: a chance never reads as 110%.
 */
public final class PercentAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  /**
   * @param label  the axis label
   * @param bottom the lower end (below 0 to give points at 0% room, else 0)
   * @param top    the upper end, at least 100 (above it to give labels room)
   * @param tick   the tick step in percentage points
   */
  public PercentAxis(String label, double bottom, double top, double tick) {
    super(label);
    setRange(bottom, Math.max(100, top));
    setTickUnit(new NumberTickUnit(tick, new DecimalFormat("0")));
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = super.refreshTicks(g2, state, dataArea, edge);
    ticks.removeIf(t -> ((ValueTick) t).getValue() < -1e-9 || ((ValueTick) t).getValue() > 100 + 1e-9);
    return ticks;
  }
}
