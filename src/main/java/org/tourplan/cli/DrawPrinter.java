package org.tourplan.cli;

import static org.tourplan.text.Numbers.chance;
import static org.tourplan.text.Numbers.count;
import static org.tourplan.text.Numbers.plural;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.tourplan.app.DrawJob;
import org.tourplan.app.VerifyDrawJob;
import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;
import org.tourplan.draw.Rule;
import org.tourplan.text.Numbers;

/** Every sentence {@code tourplan draw} prints, in one place (for issue 20's translations); no id is printed. */
final class DrawPrinter {
  private DrawPrinter() {
  }

  static String problemCount(long n, String file, String outcome) {
    return String.format(Locale.ROOT, "%,d %s in %s; %s.", n, n == 1 ? "problem" : "problems", file, outcome);
  }

  static void drawn(PrintWriter o, String scenario, Path file, DrawJob job) {
    DrawResult d = job.result();
    Places p = d.places();
    o.println(Text.safe(scenario));
    o.println("Draw of " + p.month() + ": " + plural(d.applicants().size(), "applicant") + ", "
        + plural(p.places(), "place") + " on " + plural(p.tours().size(), "tour") + " (seed " + d.seed() + ")");
    o.println("Rule     " + (p.rule() == Rule.POINTS ? "preference points: a ticket weighs 1 + points"
        : "uniform: every ticket weighs the same, whatever its points"));
    o.println("File     " + Text.safe(file.toString()));
    o.println("SHA-256  " + d.applicants().sha256());
    long persons = 0;
    for (int x : d.tourPersons()) {
      persons += x;
    }
    o.println("Winners  " + count(d.winners()) + odds(d.winners(), d.applicants().size()) + ", "
        + plural(persons, "person") + "; waitlist " + count(d.losers()) + "; passed over "
        + count(d.passedOverCount()) + (p.places() > d.winners() ? "; " + plural(p.places() - d.winners(), "place")
        + " empty" : ""));
    if (d.asked() > 0) {
      o.println("Days     " + plural(d.asked(), "applicant") + " asked for days; " + count(d.granted()) + " of the "
          + count(d.winnersWhoAsked()) + " winners who did got one");
    }
    o.println();
    o.println("Chance by points" + (d.exact() ? " (exact)" : " (of a place in the draw order; parties too large for "
        + "the room left are passed over)"));
    o.println(String.format(Locale.ROOT, "  %8s %8s %12s %9s %10s  %s", "points", "weight", "applicants", "winners",
        "chance", "odds"));
    int shown = 0;
    for (DrawResult.PointsClass c : d.classes()) {
      if (shown++ == 20 && d.classes().size() > 21) {
        o.println("  ... " + (d.classes().size() - 20) + " more classes in draw.json");
        break;
      }
      o.println(String.format(Locale.ROOT, "  %8d %8s %12s %9s %10s  %s", c.points(), Numbers.number(c.weight()),
          count(c.applicants()), count(c.winners()), chance(c.chance()), oddsOf(c.chance())));
    }
    o.println();
    String dir = Text.safe(shown(job.folder()).toString());
    o.println("Wrote " + dir + "/");
    o.println("  winners.csv, waitlist.csv, points.csv, draw.json, index.html");
    o.println("Check it with:");
    o.println("  tourplan draw --verify " + dir);
  }

  /** A path below the working folder relative to it (as the user would type it), any other path as it is. */
  static Path shown(Path p) {
    Path here = Path.of("").toAbsolutePath();
    return p.startsWith(here) && !p.equals(here) ? here.relativize(p) : p;
  }

  private static String odds(long winners, long of) {
    return winners == 0 ? "" : " (1 in " + Numbers.number(Math.round(10.0 * of / winners) / 10.0) + ")";
  }

  private static String oddsOf(double p) {
    return p <= 0 ? "none" : p >= 1 ? "certain" : "1 in " + Numbers.number(Math.round(10.0 / p) / 10.0);
  }

  static void verified(PrintWriter o, Path dir, VerifyDrawJob job) {
    var r = job.record();
    o.println("Draw of " + r.places().month() + " for " + Text.safe(r.scenario()));
    o.println("Seed     " + r.seed() + ", drawn by tourplan " + Text.safe(r.version()));
    o.println("SHA-256  " + r.sha256() + " (same)");
    for (VerifyDrawJob.FileCheck c : job.checks()) {
      o.println(String.format(Locale.ROOT, "  %-14s %s", c.file(), c.same() ? "same"
          : "DIFFERS: " + Text.safe(c.difference())));
    }
    if (job.same()) {
      o.println("VERIFIED: the " + plural(job.redraw().winners(), "winner") + ", waitlist and points are what seed "
          + r.seed() + " gives.");
    } else {
      o.println("NOT VERIFIED: " + Text.safe(shown(dir).toString()) + " is not what seed " + r.seed() + " gives.");
    }
  }
}
