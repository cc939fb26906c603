package org.tourplan.report.fit;

import static org.tourplan.fit.FitWords.num;

import java.util.List;
import java.util.Locale;
import org.tourplan.fit.CheckinFit;
import org.tourplan.fit.DurationFit;
import org.tourplan.fit.Fit;
import org.tourplan.fit.FitWords;
import org.tourplan.fit.Rides;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;

/**
 * Every sentence, heading and label of the fit page and its charts, in one place (issue 20 moves pages to message
 * bundles: this class is what moves). Plain text; the page escapes it.
 */
final class FitPageText {
  private FitPageText() {
  }

  static final String RECORDS = "records";
  static final String DENSITY = "density";
  static final String DIAGONAL = "fit = records";
  static final String RECORDED = "recorded minutes";
  static final String TOURS = "tours";
  static final String PERSONS_SHOWED = "persons who showed, per tour";
  static final String TITLE = "tourplan fit: ";
  static final String NO_SHOWS = "No-shows";
  static final String PARTY_SIZES = "Party sizes";
  static final String TOURS_HEAD = "Tours";
  static final String DURATIONS = "Durations";
  static final String FITTED_FILE = "The fitted scenario";
  static final String CHECKINS_HEAD = "Check-ins";
  static final String RIDES_HEAD = "Rides and boarding";
  static final String METHODS_HEAD = "How the fit was made";
  static final String CANDIDATES = "Candidates, lowest AIC first";
  static final String[] CANDIDATE_COLUMNS = {"family", "fitted parameters", "mean", "ln L", "AIC", "ΔAIC",
      "KS D", "bootstrap p", "test"};
  static final String[] SIZE_COLUMNS = {"persons", "invited parties", "share (the fitted weight)",
      "95% simultaneous interval", "scenario's weight", "no-shows"};
  static final String[] LEG_COLUMNS = {"leg", "travel table", "rides", "in the boarding sample",
      "left out: entry may have queued", "left out: vehicles may have been busy", "shorter than the table",
      "smallest excess"};
  static final String PASSES = "passes";
  static final String REJECTED = "rejected";

  static String kicker(Fit f) {
    return "tourplan fit · " + f.checkinsFile() + " (" + count(f.checkins().rows()) + " rows)"
        + (f.zonesFile() == null ? "" : " · " + f.zonesFile() + " (" + count(f.zoneRows()) + " rows)")
        + " · " + f.checkins().first() + " to " + f.checkins().last() + " · bootstrap seed " + f.seed();
  }

  static String noShows(CheckinFit c, Group g) {
    return pct(c.noShowRate()) + " of " + count(c.rows()) + " invited parties did not come (95% interval "
        + pct(c.noShowLow()) + " to " + pct(c.noShowHigh()) + "). The scenario says " + pct(g.noShowRate()) + ": "
        + (inside(g.noShowRate(), c.noShowLow(), c.noShowHigh()) ? "inside the interval." : "OUTSIDE the interval.");
  }

  static boolean noShowAgrees(CheckinFit c, Group g) {
    return inside(g.noShowRate(), c.noShowLow(), c.noShowHigh());
  }

  static List<Integer> sizesOutside(CheckinFit c) {
    return c.sizes().stream().filter(p -> !inside(p.scenario(), p.low(), p.high())).map(CheckinFit.PartySize::persons)
        .toList();
  }

  static String partySizes(CheckinFit c) {
    StringBuilder b = new StringBuilder("Weights ");
    for (CheckinFit.PartySize p : c.sizes()) {
      b.append(p.persons()).append(": ").append(num(p.share(), 3)).append("  ");
    }
    List<Integer> out = sizesOutside(c);
    b.append(out.isEmpty() ? "— the scenario's weights lie inside every simultaneous interval."
        : "— the scenario's weight of " + out + " persons lies OUTSIDE its interval.");
    return b.toString();
  }

  static String tours(CheckinFit c) {
    String invited = c.invitedPerTour().size() == 1 && c.invitedPerTour().firstKey() == c.scenarioInvited()
        ? "each invited " + c.scenarioInvited() + " parties, as the scenario's group.size + overbook"
        : "with " + FitWords.invitedPerTour(c) + " (the scenario's group.size + overbook: " + c.scenarioInvited()
        + ")";
    return count(c.tours()) + " tours " + invited + "; " + num(c.meanTourPersons(), 1) + " persons a tour came on "
        + "average, at most " + c.largestTour() + " (group.maxSize " + c.maxSize() + "); " + c.toursOverMax()
        + " tours had more than maxSize, and the admission rule would have turned " + count(c.turnedAway())
        + " persons away; " + c.cancelled() + " tours nobody came to.";
  }

  static String independence(CheckinFit c) {
    if (Double.isNaN(c.independenceP())) {
      return "Whether showing depends on party size was not tested: too few no-shows of some size (an expected "
          + "count below 5).";
    }
    return "Does showing depend on party size? Pearson's chi-square test of the no-shows by size: p = "
        + num(c.independenceP(), 3) + (c.independenceP() < 0.05 ? ": it does, which the model (a no-show rate "
        + "for every party alike) does not capture." : ": no sign that it does, as the model assumes.");
  }

  static String durationsHeadline(Fit f) {
    if (f.zonesFile() == null) {
      return "No zone records given (--zones): dwell times and boarding were not fitted.";
    }
    StringBuilder b = new StringBuilder();
    f.dwell().forEach((zone, d) -> b.append(b.length() == 0 ? "" : "; ").append(zone).append(": ")
        .append(shortVerdict(d)));
    if (f.board() != null) {
      b.append("; boarding: ").append(shortVerdict(f.board()));
    }
    return b.append('.').toString();
  }

  static String shortVerdict(DurationFit d) {
    return switch (d.verdict()) {
      case TOO_FEW -> "too few values (" + d.n() + ")";
      case CONSTANT, CHOSEN -> d.chosen().fit().describe();
      case UNDECIDED -> d.chosen().fit().describe() + " (the data cannot choose)";
      case NONE_FITS -> "NONE fits well";
    };
  }

  static String sampleHeading(String key, DurationFit d, String what) {
    return key + ": " + count(d.n()) + " " + what;
  }

  static String sampleFacts(DurationFit d, Distribution was) {
    return "Mean " + num(d.mean(), 3) + " min (95% interval " + num(d.meanLow(), 3) + " to " + num(d.meanHigh(), 3)
        + "), sd " + num(d.sd(), 3) + ", from " + num(d.min(), 3) + " to " + num(d.max(), 3) + ". The scenario had "
        + FitWords.describe(was) + " (mean " + num(was.mean(), 3) + ": " + (inside(was.mean(), d.meanLow(),
        d.meanHigh()) ? "inside" : "OUTSIDE") + " the interval).";
  }

  static String histogramWhy(String what) {
    return "The recorded " + what + " (bars, scaled so their area is 1) and the density of each fitted family; the "
        + "thick line is the one written to the scenario.";
  }

  static String qqWhy(String family) {
    return "Each recorded value against the " + family + " quantile at its rank: the points lie on the diagonal "
        + "where the fit is right; a bend shows where it is not.";
  }

  static String qqAxis(String family) {
    return "fitted " + family + " quantile (minutes)";
  }

  static String tourSizesWhy(int maxSize) {
    return "Tours by the persons who showed; the red line is group.maxSize (" + maxSize + "): a tour to its right "
        + "had more visitors than the scenario admits.";
  }

  static String maxSize(int m) {
    return "maxSize " + m;
  }

  static String rides(Rides r) {
    String what = r.boardingOnly()
        ? "In dedicated mode a group keeps its vehicles, so after the travel table's minutes a clean ride's gap (next "
            + "zone entered minus left) is boarding alone: that sample is fitted as shuttles.boardMinutes."
        : "Vehicles are shared in this shuttle mode, so a ride's gap after the travel minutes is waiting for a "
            + "vehicle plus boarding, which the records cannot separate: the fit below is an upper bound of "
            + "boarding, and shuttles.boardMinutes is kept as written.";
    return what + " A ride is left out when the next zone's entry came within one record resolution of another "
        + "group's exit, entry (plus headway) or a blackout's end (the group may have queued), or, for a tour's first "
        + "ride, when another tour could still hold vehicles. The records cannot tell a slower ride from a longer "
        + "boarding: the travel table is taken as right, and rides shorter than it are counted, not used."
        + (r.offRoute() > 0 ? " " + r.offRoute() + " pairs of consecutive visits are not a leg of the route and were "
        + "not used." : "");
  }

  static String invalid() {
    return "The fitted scenario is NOT valid, so no fitted.yaml was written: the records need what the scenario "
        + "cannot serve. The loader says:";
  }

  static String fittedFile(List<String> replaced) {
    return "fitted.yaml beside this page is the scenario with " + String.join(", ", replaced) + " replaced, each with "
        + "a comment saying how; the loader has read it back. Check it with tourplan simulate fitted.yaml.";
  }

  static final String[] METHODS = {
      "No-show rate: parties that did not show over parties invited, with the 95% Wilson score interval.",
      "Party-size weights: the share of every invited party (shown or not: the model draws a size for each), with "
          + "Goodman's (1965) simultaneous 95% intervals (chi-square quantile at 1 - 0.05/K for K sizes).",
      "Durations: each family of the format (constant, uniform, triangular, normal, lognormal, exponential) fitted by "
          + "maximum likelihood (the triangular's mode profiled over the sample's values, its ends by Nelder-Mead; "
          + "a uniform's ends are the sample's range), ranked by AIC = 2k - 2 ln L.",
      "Goodness of fit: the Kolmogorov-Smirnov distance D to the fitted CDF, with a p-value from a seeded "
          + "parametric bootstrap (samples drawn from the fit, clamped at 0 and rounded as the records are, each "
          + "refitted): the textbook p-value assumes known parameters and would be far too kind. A family passes at "
          + "p >= 0.05; families within 2 AIC that both pass cannot be told apart by the data.",
      "The model counts a draw below 0 as 0: for a normal with mass below 0 the page and the comment say what share "
          + "and what mean the simulation then has.",
      "Methods, choices and limits in docs/fit.md."};

  static boolean inside(double v, double lo, double hi) {
    return v >= lo - 1e-12 && v <= hi + 1e-12;
  }

  static String pct(double p) {
    return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * p);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
