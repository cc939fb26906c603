package org.tourplan.engine;

/**
 * A level that changes at event times (persons inside, groups waiting), with its time integral and maximum.
 *
 * <p>The maximum counts only levels that hold for a positive time or are current: several events at one instant
 * (one group leaves, another enters) pass through intermediate levels that never exist in reality, so a level set
 * and changed again at the same time is ignored. {@link #max(double)} also counts the current level.
 */
public final class TimeWeighted {
  private double startTime;
  private double lastTime;
  private double level;
  private double area;
  private double maxHeld;

  public TimeWeighted(double startTime, double startLevel) {
    reset(startTime, startLevel);
  }

  /**
   * Sets the level from {@code time} on.
   *
   * @throws IllegalArgumentException when {@code time} is before the last change
   */
  public void set(double time, double newLevel) {
    if (time != lastTime) {
      if (!(time > lastTime)) {
        throw new IllegalArgumentException("time " + time + " is before the last change at " + lastTime);
      }
      // the current level held over [lastTime, time): it really existed
      area += level * (time - lastTime);
      if (level > maxHeld) {
        maxHeld = level;
      }
      lastTime = time;
    }
    level = newLevel;
  }

  /** Changes the level by {@code delta} from {@code time} on. */
  public void add(double time, double delta) {
    set(time, level + delta);
  }

  /** The current level. */
  public double level() {
    return level;
  }

  /** The largest level held for a positive time up to {@code now}, or the current level if larger. */
  public double max(double now) {
    return Math.max(maxHeld, level);
  }

  /** Integral of the level from the start time to {@code now} ({@code now >=} the last change). */
  public double area(double now) {
    if (now < lastTime) {
      throw new IllegalArgumentException("now " + now + " is before the last change at " + lastTime);
    }
    return area + level * (now - lastTime);
  }

  /** Time average from the start time to {@code now}; NaN when no time has passed. */
  public double average(double now) {
    double span = now - startTime;
    return span > 0 ? area(now) / span : Double.NaN;
  }

  /** Time at which measurement started. */
  public double startTime() {
    return startTime;
  }

  /** Restarts measurement at {@code startTime} with {@code startLevel}, e.g. at the end of a warm-up. */
  public void reset(double startTime, double startLevel) {
    this.startTime = startTime;
    this.lastTime = startTime;
    this.level = startLevel;
    this.area = 0;
    this.maxHeld = Double.NEGATIVE_INFINITY;
  }
}
