package org.tourplan.cli;

import static org.tourplan.fit.FitWords.num;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.app.FitExample;
import org.tourplan.app.FitJob;
import org.tourplan.fit.CheckinFit;
import org.tourplan.fit.DurationFit;
import org.tourplan.fit.Fit;
import org.tourplan.fit.FitWords;
import org.tourplan.fit.Fitter;
import org.tourplan.fit.Rides;
import org.tourplan.scenario.Scenario;

/**
 * What {@code tourplan fit} prints, every sentence of it in this one class (so that it can move to a message bundle
 * as one, issue 20): the records, the check-in fits against the scenario, a line per fitted duration with its
 * verdict, and where the fitted file and the page are. Lines stay within 80 columns except where a value is long.
 */
final class FitPrinter {
  private FitPrinter() {
  }

  static void print(Scenario s, FitJob job, PrintWriter o) {
    Fit f = job.fit();
    CheckinFit c = f.checkins();
    o.println(Text.safe(s.name()));
    wrapped(o, "Records  ", count(c.rows()) + " invited parties of " + count(c.tours()) + " tours, " + c.first()
        + " to " + c.last() + (f.zonesFile() == null ? "" : "; " + count(f.zoneRows()) + " zone visits (times to the "
        + (f.seconds() ? "second" : "minute") + ")"));
    o.println();
    o.println("Check-ins");
    o.println("  no-shows     " + num(c.noShowRate(), 4) + " (95% CI " + num(c.noShowLow(), 4) + " to "
        + num(c.noShowHigh(), 4) + "); scenario " + num(s.group().noShowRate(), 4) + ": "
        + inside(s.group().noShowRate(), c.noShowLow(), c.noShowHigh()));
    StringBuilder sizes = new StringBuilder();
    boolean all = true;
    for (CheckinFit.PartySize p : c.sizes()) {
      sizes.append(sizes.length() == 0 ? "" : "; ").append(p.persons()).append(": ").append(num(p.share(), 3))
          .append(" (").append(num(p.low(), 3)).append("-").append(num(p.high(), 3)).append(")");
      all &= p.scenario() >= p.low() - 1e-12 && p.scenario() <= p.high() + 1e-12;
    }
    wrapped(o, "  party sizes  ", sizes.toString());
    o.println("               simultaneous 95% intervals; the scenario's weights: " + (all ? "inside all"
        : "OUTSIDE some (see the page)"));
    if (!Double.isNaN(c.independenceP()) && c.independenceP() < 0.05) {
      o.println("               showing depends on party size (chi-square p = " + num(c.independenceP(), 3)
          + "): the model assumes it does not");
    }
    String invited = FitWords.invitedPerTour(c);
    wrapped(o, "  tours        ", invited + " (scenario " + c.scenarioInvited() + "); " + num(c.meanTourPersons(), 1)
        + " persons came on average, at most " + c.largestTour() + "; maxSize " + c.maxSize() + ": "
        + (c.toursOverMax() == 0 ? "no tour over it" : c.toursOverMax() + " tours over it, "
        + count(c.turnedAway()) + " persons the rule would turn away") + (c.cancelled() > 0 ? "; " + c.cancelled()
        + " tours nobody came to" : ""));
    if (f.zonesFile() != null) {
      o.println();
      o.println("Durations");
      o.println(String.format(Locale.ROOT, "  %-10s %6s  %-43s %s", "", "n", "written (minutes)", "verdict"));
      for (Map.Entry<String, DurationFit> e : f.dwell().entrySet()) {
        line(o, Text.safe(e.getKey()), e.getValue());
      }
      if (f.board() != null) {
        line(o, "boarding", f.board());
        Rides r = f.rides();
        int queued = 0;
        int vehicles = 0;
        int shorter = 0;
        int rides = 0;
        for (Rides.Leg l : r.legs()) {
          rides += l.rides();
          queued += l.queued();
          vehicles += l.vehicles();
          shorter += l.shorter();
        }
        wrapped(o, "  ", "boarding: " + count(f.board().n()) + " of " + count(rides) + " rides, after the travel "
            + "table's minutes; left out " + queued + " (entry may have queued), " + vehicles + " (shuttles may have "
            + "been busy), " + shorter + " (shorter than the table)" + (r.boardingOnly() ? ""
            : "; vehicles are shared in this mode, so this is boarding plus waiting and boardMinutes is kept"));
      }
      for (Map.Entry<String, DurationFit> e : samples(f).entrySet()) {
        DurationFit d = e.getValue();
        if (d.verdict() == DurationFit.Verdict.UNDECIDED || d.verdict() == DurationFit.Verdict.NONE_FITS) {
          wrapped(o, "  ", Text.safe(e.getKey()) + ": " + FitWords.verdict(d));
        }
        if (d.chosen() != null && FitWords.clamp(d.chosen().fit()) != null) {
          wrapped(o, "  ", Text.safe(e.getKey()) + ": " + FitWords.clamp(d.chosen().fit()));
        }
      }
    }
    o.println();
    if (job.yaml() != null) {
      wrapped(o, "Replaced     ", String.join(", ", job.fitted().replaced()));
      job.fitted().kept().forEach((k, why) -> wrapped(o, "Kept         ", Text.safe(k) + ": " + why));
      o.println("Fitted file  " + shown(job.index().resolveSibling("fitted.yaml")));
      if (job.out() != null) {
        o.println("             and " + shown(job.out()));
      }
    }
  }

  /** {@code text} after its label {@code first}: one line, wrapped under the label by the terminal's writer. */
  private static void wrapped(PrintWriter o, String first, String text) {
    o.println(first + text);
  }

  private static Map<String, DurationFit> samples(Fit f) {
    Map<String, DurationFit> out = new java.util.LinkedHashMap<>();
    f.dwell().forEach((z, d) -> out.put(Fitter.dwellKey(z), d));
    if (f.board() != null) {
      out.put(Fit.BOARD_KEY, f.board());
    }
    return out;
  }

  private static void line(PrintWriter o, String name, DurationFit d) {
    String written = d.chosen() == null ? "kept (too few)" : d.chosen().fit().describe();
    String verdict = switch (d.verdict()) {
      case TOO_FEW -> "too few to fit";
      case CONSTANT -> "constant";
      case CHOSEN -> "fits, p " + FitWords.p(d.chosen().p(), d.bootstrap());
      case UNDECIDED -> "cannot choose";
      case NONE_FITS -> "NONE FITS WELL";
    };
    o.println(String.format(Locale.ROOT, "  %-10s %6s  %-43s %s", name.length() > 10 ? name.substring(0, 9) + "…"
        : name, count(d.n()), written, verdict));
  }

  static String invalid() {
    return "tourplan: the fitted scenario is not valid, so no fitted file was written (the page says why):";
  }

  static String page(Path path) {
    return "Page         " + shown(path);
  }

  /** A path as the user would type it: relative to the working folder when inside it. */
  static String shown(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    return Text.safe((abs.startsWith(here) ? here.relativize(abs) : abs).toString());
  }

  static String recordErrors(long n) {
    return n + (n == 1 ? " error" : " errors") + " in the records; nothing was fitted.";
  }

  static void example(PrintWriter o, FitExample ex, Path scenario, Scenario s, long seed) {
    o.println("Example records of " + Text.safe(s.name()) + ", made by the tour model (seed " + seed + "):");
    o.println("  " + Text.safe(ex.checkins().toString()) + "  " + count(ex.rows()) + " invited parties of "
        + count(ex.tours()) + " tours");
    o.println("  " + Text.safe(ex.zones().toString()) + "  " + count(ex.visits()) + " zone visits");
    // the command a line an argument, so that no wrapping ever cuts it where a shell would read two commands
    o.println("Fit them:");
    o.println("  tourplan fit " + Text.safe(scenario.toString()) + " \\");
    o.println("    --checkins " + Text.safe(ex.checkins().toString()) + " \\");
    o.println("    --zones " + Text.safe(ex.zones().toString()));
  }

  private static String inside(double v, double lo, double hi) {
    return v >= lo - 1e-12 && v <= hi + 1e-12 ? "inside" : "OUTSIDE";
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
