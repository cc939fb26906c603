package org.tourplan.text;

import java.util.List;

/**
 * A season's waiting goal in words (plain text), the one wording the season's and the season plan's terminal output
 * and pages share; the goal's types belong to {@code scenario} and {@code run}, so these take its plain parts.
 */
public final class WaitingWords {
  private WaitingWords() {
  }

  /** "their first draw", "3 draws". */
  public static String draws(int n) {
    return n == 1 ? "their first draw" : n + " draws";
  }

  /** "1.8% of each month's new applicants from 2025-07 win a place within 3 draws". */
  public static String goal(double share, Object from, int withinDraws) {
    return Numbers.chance(share) + " of each month's new applicants from " + from + " win a place within "
        + draws(withinDraws);
  }

  /** One judged month: "2025-07 2.5%", "2025-08 1.2% (short)". */
  public static String cohort(Object month, double share, boolean met) {
    return month + " " + Numbers.chance(share) + (met ? "" : " (short)");
  }

  /** The goal judged: "MET: 2025-07 2.5%, 2025-08 2.3%". */
  public static String verdict(boolean met, List<String> cohorts) {
    return (met ? "MET" : "NOT MET") + ": " + String.join(", ", cohorts);
  }
}
