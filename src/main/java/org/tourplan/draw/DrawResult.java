package org.tourplan.draw;

/**
 * One draw, as plain data: the draw order, each applicant's tour, the counts per tour and the chance of each
 * points class. Arrays are indexed by applicant (file order) unless said otherwise; read them, do not change them.
 *
 * @param places     what the month offered
 * @param applicants the valid applications
 * @param seed       the seed
 * @param order      applicant indices from the first drawn to the last
 * @param tourOf     each applicant's tour (index into {@code places.tours()}), or -1 for a loser
 * @param passedOver whether the applicant's party fitted no tour at its turn (it heads the waitlist)
 * @param chosen     whether the applicant sits on a tour on a day he asked for
 * @param winners    applicants seated
 * @param tourParties parties on each tour (by tour index)
 * @param tourPersons persons on each tour (by tour index)
 * @param classes    the points classes, ascending by points
 * @param exact      whether the chances are exactly each applicant's chance to win: true when no party can be
 *                   passed over, so that the winners are the first min(places, applicants) of the draw order
 */
public record DrawResult(Places places, Applicants applicants, long seed, int[] order, int[] tourOf,
                         boolean[] passedOver, boolean[] chosen, int winners, int[] tourParties, int[] tourPersons,
                         java.util.List<PointsClass> classes, boolean exact) {

  /**
   * The applicants with the same points.
   *
   * @param points     earlier losses
   * @param weight     the weight of one ticket under the rule
   * @param applicants applicants of the class
   * @param winners    of them, seated in this draw
   * @param chance     the exact chance of one of them to be among the first min(places, applicants) of the draw
   *                   order (lottery.Inclusion)
   */
  public record PointsClass(int points, double weight, long applicants, long winners, double chance) { }

  /** Applicants passed over because their party fitted no tour at their turn. */
  public long passedOverCount() {
    long n = 0;
    for (boolean b : passedOver) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** Applicants who asked for days. */
  public long asked() {
    long n = 0;
    for (int m : applicants.preferred()) {
      n += m != 0 ? 1 : 0;
    }
    return n;
  }

  /** Winners who asked for days. */
  public long winnersWhoAsked() {
    long n = 0;
    for (int i = 0; i < tourOf.length; i++) {
      n += tourOf[i] >= 0 && applicants.asked(i) ? 1 : 0;
    }
    return n;
  }

  /** Winners seated on a day they asked for. */
  public long granted() {
    long n = 0;
    for (boolean b : chosen) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** Losers: applicants not seated (the waitlist). */
  public int losers() {
    return applicants.size() - winners;
  }
}
