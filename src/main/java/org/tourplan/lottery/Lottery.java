package org.tourplan.lottery;

import java.util.Arrays;
import org.tourplan.engine.RandomStream;

/**
 * The lottery that fills the tours over a horizon of months (contract 4.1): new applicants each month, losers who
 * return with a fixed probability, and a draw without replacement, uniform or weighted by preference points. Pure:
 * it knows nothing of tours, only each month's invitations.
 *
 * <p>Applicants are counted by cohort (the month of their first application), never one by one. This loses
 * nothing: a loser either enters the very next draw or is gone for good, so an applicant of cohort c still in the
 * pool in month m has lost exactly m - c draws, which fixes his points and his weight (1 + m - c). One month is
 * therefore a draw from at most 36 groups of equal weight ({@link WeightedDraw}) and one binomial per cohort for
 * the returns ({@link Binomial}), whatever the number of applicants.
 *
 * <p>Immutable and thread-safe; {@link #run} takes a per-thread {@link Workspace}.
 */
public final class Lottery {
  /** Name of the random stream source of the lottery: its own stream per (seed, replication). */
  public static final String SOURCE = "lottery";

  private final long[] invitations;
  private final long[] newApplicants;
  private final double reapplyRate;
  private final boolean preferencePoints;

  /**
   * @param invitations          S_m: places drawn in each month of the horizon (&gt;= 0)
   * @param applicationsPerMonth new applicants in the first month (&gt; 0)
   * @param growthPerMonth       compounded monthly change of new applicants (&gt; -1)
   * @param reapplyRate          probability that a loser enters the next draw (0..1)
   * @param preferencePoints     weight 1 + draws lost instead of a uniform draw
   */
  public Lottery(long[] invitations, double applicationsPerMonth, double growthPerMonth, double reapplyRate,
                 boolean preferencePoints) {
    if (invitations.length == 0) {
      throw new IllegalArgumentException("no months");
    }
    if (!(reapplyRate >= 0 && reapplyRate <= 1)) {
      throw new IllegalArgumentException("reapplyRate " + reapplyRate);
    }
    this.invitations = invitations.clone();
    this.newApplicants = new long[invitations.length];
    for (int m = 0; m < invitations.length; m++) {
      if (invitations[m] < 0) {
        throw new IllegalArgumentException("invitations " + invitations[m]);
      }
      newApplicants[m] = newApplicants(applicationsPerMonth, growthPerMonth, m + 1);
    }
    this.reapplyRate = reapplyRate;
    this.preferencePoints = preferencePoints;
  }

  /**
   * A_m = round(applications x (1 + growth)^(m - 1)), rounding half up (contract 4.1); m counts from 1.
   */
  public static long newApplicants(double applicationsPerMonth, double growthPerMonth, int m) {
    double a = applicationsPerMonth * StrictMath.pow(1 + growthPerMonth, m - 1);
    return (long) StrictMath.floor(a + 0.5);
  }

  /** Months in the horizon (H). */
  public int months() {
    return invitations.length;
  }

  /** S_m for month index m (0-based). */
  public long invitations(int m) {
    return invitations[m];
  }

  /** A_m for month index m (0-based). */
  public long newApplicantsIn(int m) {
    return newApplicants[m];
  }

  /** Scratch space for one thread. */
  public Workspace workspace() {
    return new Workspace(months());
  }

  /** Runs one replication with {@code r} (the lottery's own stream) and fills {@code out}. */
  public void run(RandomStream r, Workspace ws, Outcome out) {
    int h = months();
    out.reset();
    long[] cohort = ws.cohort;
    long[] won = ws.won;
    double[] weights = ws.weights;
    Arrays.fill(cohort, 0);
    for (int m = 0; m < h; m++) {
      cohort[m] = newApplicants[m];
      long pool = 0;
      for (int c = 0; c <= m; c++) {
        pool += cohort[c];
        weights[c] = preferencePoints ? 1 + (m - c) : 1;
      }
      long winners = Math.min(invitations[m], pool);
      ws.draw.draw(r, cohort, weights, m + 1, winners, won);
      for (int c = 0; c <= m; c++) {
        cohort[c] -= won[c];
        out.winnersByCohort[c] += won[c];
        out.winsByDraws[m - c] += won[c];
        out.cohortDraws[c * h + m - c] += won[c];
        out.drawsOfWinners += won[c] * (long) (m - c + 1);
      }
      long losers = pool - winners;
      out.applicants += newApplicants[m];
      out.entries += pool;
      out.winners += winners;
      out.unfilled += invitations[m] - winners;
      out.pool[m] = pool;
      out.winnersIn[m] = winners;
      if (m == h - 1) {
        out.poolAtEnd = losers;
        break;
      }
      long returning = 0;
      for (int c = 0; c <= m; c++) {
        cohort[c] = Binomial.sample(r, cohort[c], reapplyRate);
        returning += cohort[c];
      }
      out.abandoned += losers - returning;
    }
    out.firstCohort = newApplicants[0];
  }

  /** Per-thread scratch: cohort counts, weights and the draw's buffers; reused across replications. */
  public static final class Workspace {
    private final long[] cohort;
    private final long[] won;
    private final double[] weights;
    private final WeightedDraw draw = new WeightedDraw();

    private Workspace(int months) {
      cohort = new long[months];
      won = new long[months];
      weights = new double[months];
    }
  }
}
