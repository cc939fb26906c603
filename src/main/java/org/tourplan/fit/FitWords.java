package org.tourplan.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Shuttles;

/**
 * Every sentence the fit says about its results, in one place: the comments of the fitted scenario file and the
 * verdicts the terminal and the page repeat (so that they can move to a message bundle as one, issue 20).
 */
public final class FitWords {
  private FitWords() {
  }

  /** The header of the fitted file: the scenario's name on the first line, then one long line to wrap. */
  public static String header(String name, Fit f, List<String> replaced) {
    CheckinFit c = f.checkins();
    String text = "Fitted by tourplan fit from " + f.checkinsFile() + (f.zonesFile() == null ? ""
        : " and " + f.zonesFile()) + ": " + c.rows() + " invited parties of " + c.tours() + " tours, " + c.first()
        + " to " + c.last() + (f.zonesFile() == null ? "" : ", " + f.zoneRows() + " zone visits") + ". Replaced: "
        + String.join(", ", replaced) + "; each has a comment above it. Every other key is the input file's, written "
        + "out in full (the input's own comments are not kept). Bootstrap seed " + f.seed() + ", " + f.bootstrap()
        + " samples per candidate. Check it with: tourplan validate, tourplan simulate.";
    return name + "\n" + text;
  }

  /** Parties invited per tour: {@code 6 parties each}, or {@code 6 parties (166,666 tours), 4 (1 tour)}. */
  public static String invitedPerTour(CheckinFit c) {
    if (c.invitedPerTour().size() == 1) {
      return c.invitedPerTour().firstKey() + " parties invited each";
    }
    StringBuilder b = new StringBuilder("parties invited per tour: ");
    java.util.List<java.util.Map.Entry<Integer, Integer>> es = new ArrayList<>(c.invitedPerTour().entrySet());
    es.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    for (int i = 0; i < es.size(); i++) {
      int tours = es.get(i).getValue();
      b.append(i == 0 ? "" : ", ").append(es.get(i).getKey()).append(" (")
          .append(String.format(Locale.ROOT, "%,d", tours)).append(tours == 1 ? " tour)" : " tours)");
    }
    return b.toString();
  }

  /** Comment above {@code group.noShowRate}. */
  static List<String> noShowComment(Fit f, Group was) {
    CheckinFit c = f.checkins();
    return List.of("fitted by tourplan fit from " + f.checkinsFile() + ": " + c.noShows() + " no-shows of "
        + c.rows() + " invited parties = " + num(c.noShowRate(), 4) + " (95% Wilson interval " + num(c.noShowLow(), 4)
        + " to " + num(c.noShowHigh(), 4) + "); was " + num(was.noShowRate(), 4));
  }

  /** Comment above {@code group.partySize}. */
  static List<String> partySizeComment(Fit f, Group was) {
    CheckinFit c = f.checkins();
    List<String> out = new ArrayList<>();
    out.add("fitted by tourplan fit from " + f.checkinsFile() + ": shares of the " + c.rows()
        + " invited parties by persons, with Goodman's simultaneous 95% intervals:");
    StringBuilder b = new StringBuilder();
    for (CheckinFit.PartySize p : c.sizes()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(p.persons()).append(": ").append(num(p.share(), 4)).append(" (").append(num(p.low(), 4)).append(" to ")
          .append(num(p.high(), 4)).append(", n = ").append(p.parties()).append(")");
    }
    out.add(b.toString());
    StringBuilder w = new StringBuilder("was");
    was.partySize().forEach((k, v) -> w.append(' ').append(k).append(": ").append(num(v, 4)));
    out.add(w.toString() + (Double.isNaN(c.independenceP()) ? "" : "; showing vs party size: chi-square p = "
        + num(c.independenceP(), 3) + (c.independenceP() < 0.05 ? " (they are NOT independent, as the model assumes)"
        : " (independent, as the model assumes)")));
    return out;
  }

  /** Comment above a fitted duration key. */
  static List<String> durationComment(Fit f, DurationFit d, Distribution was, String what) {
    List<String> out = new ArrayList<>();
    DurationFit.Candidate c = d.chosen();
    out.add("fitted by tourplan fit from " + f.zonesFile() + ": " + c.fit().describe() + " by maximum likelihood, n = "
        + d.n() + " " + what + " (mean " + num(d.mean(), 3) + " min, 95% CI " + num(d.meanLow(), 3) + " to "
        + num(d.meanHigh(), 3) + ")");
    out.add(verdict(d));
    String clamp = clamp(c.fit());
    if (clamp != null) {
      out.add(clamp);
    }
    out.add("was " + describe(was));
    return out;
  }

  /**
   * For a normal with mass below 0: the simulation counts those draws as 0 (contract 1), so what it draws has another
   * mean; null when that share is below 0.1%.
   */
  public static String clamp(Fitted f) {
    double share = f.clampedShare();
    if (share < 0.001) {
      return null;
    }
    return "the simulation counts a draw below 0 as 0: " + num(100 * share, 1) + "% of this normal's draws, so it "
        + "simulates a mean of " + num(f.simulatedMean(), 3) + " min, not " + num(f.mean(), 3);
  }

  /** The verdict on a duration fit, one sentence. */
  public static String verdict(DurationFit d) {
    DurationFit.Candidate c = d.chosen();
    return switch (d.verdict()) {
      case TOO_FEW -> tooFew(d.n(), "values");
      case CONSTANT -> "every value is " + num(c.fit().p()[0], 3) + " min to the records' resolution: a constant";
      case CHOSEN -> "lowest AIC of " + d.candidates().size() + " families and passes: " + test(c, d)
          + "; the next family is " + num(nextDelta(d), 1) + " AIC behind";
      case UNDECIDED -> "the data cannot choose between " + c.fit().family().word() + " and " + names(d.alike())
          + " (within 2 AIC, all pass the test); " + c.fit().family().word() + " written, the lowest AIC: "
          + test(c, d);
      case NONE_FITS -> "NONE of the format's families fits well: the lowest AIC, " + c.fit().family().word()
          + ", is written but the test rejects it (" + test(c, d) + "), and every other family too";
    };
  }

  private static double nextDelta(DurationFit d) {
    for (DurationFit.Candidate x : d.candidates()) {
      if (x != d.chosen()) {
        return x.fit().aic() - d.chosen().fit().aic();
      }
    }
    return Double.NaN;
  }

  private static String names(List<DurationFit.Candidate> cs) {
    List<String> n = new ArrayList<>();
    cs.forEach(c -> n.add(c.fit().family().word()));
    return String.join(" and ", n);
  }

  /** {@code Kolmogorov-Smirnov D = 0.021, bootstrap p = 0.94 (199 samples)}. */
  public static String test(DurationFit.Candidate c, DurationFit d) {
    return "Kolmogorov-Smirnov D = " + num(c.ks(), 3) + ", bootstrap p = " + p(c.p(), d.bootstrap()) + " ("
        + d.bootstrap() + " samples)";
  }

  /** A bootstrap p-value: {@code 0.94}, or {@code ≤ 0.005} at the smallest the bootstrap can give (1/(B+1)). */
  public static String p(double p, int bootstrap) {
    if (Double.isNaN(p)) {
      return "-";
    }
    double least = 1.0 / (bootstrap + 1);
    return p <= least * (1 + 1e-9) ? "≤ " + num(least, 4) : num(p, 3);
  }

  /** Why a key with too few values is kept. */
  static String tooFew(int n, String what) {
    return "only " + n + " " + what + " (at least " + DurationFitter.MIN_SAMPLE + " are needed to fit): kept as "
        + "written";
  }

  /** Why a zone without records is kept. */
  static String noVisits() {
    return "no visits in the zone records: kept as written";
  }

  /** Why boarding is kept in pooled and planned modes. */
  static String sharedVehicles(Shuttles.Mode mode) {
    return "in " + mode.name().toLowerCase(Locale.ROOT) + " mode vehicles are shared, and the records cannot tell "
        + "waiting for one from boarding: the rides' excess is shown as an upper bound of boarding, and the key is "
        + "kept as written";
  }

  /** A distribution as the file writes it. */
  public static String describe(Distribution d) {
    if (d instanceof Distribution.Constant c) {
      return "constant " + Fitted.n(c.value());
    } else if (d instanceof Distribution.Uniform u) {
      return "uniform [" + Fitted.n(u.min()) + ", " + Fitted.n(u.max()) + "]";
    } else if (d instanceof Distribution.Triangular t) {
      return "triangular [" + Fitted.n(t.min()) + ", " + Fitted.n(t.mode()) + ", " + Fitted.n(t.max()) + "]";
    } else if (d instanceof Distribution.Normal x) {
      return "normal { mean: " + Fitted.n(x.mean()) + ", sd: " + Fitted.n(x.sd()) + " }";
    } else if (d instanceof Distribution.LogNormal l) {
      return "lognormal { mean: " + Fitted.n(l.mean()) + ", sd: " + Fitted.n(l.sd()) + " }";
    } else if (d instanceof Distribution.Exponential e) {
      return "exponential { mean: " + Fitted.n(e.mean()) + " }";
    }
    return String.valueOf(d);
  }

  /** A number with up to {@code decimals} decimals, no trailing zeros; "-" for NaN. */
  public static String num(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "-";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "");
      s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
    return s.equals("-0") ? "0" : s;
  }
}
