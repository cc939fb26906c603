package org.tourplan.cli;

import static org.tourplan.text.Format.chance;
import static org.tourplan.text.Format.count;
import static org.tourplan.text.Format.plural;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.tourplan.app.DrawJob;
import org.tourplan.app.VerifyDrawJob;
import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;
import org.tourplan.draw.Rule;
import org.tourplan.text.Format;

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
        + plural(p.places(), "place") + " on " + plural(p.tours().size(), "tour") + " (seed " + d.seed() + ", "
        + (p.rule() == Rule.POINTS ? "preference points: a ticket weighs 1 + points" : "uniform draw") + ")");
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
        + "the room left are passed over)") + (p.rule() == Rule.UNIFORM ? "; uniform draw: points do not weigh"
        : ""));
    o.println(String.format(Locale.ROOT, "  %8s %8s %12s %9s %10s  %s", "points", "weight", "applicants", "winners",
        "chance", "odds"));
    int shown = 0;
    for (DrawResult.PointsClass c : d.classes()) {
      if (shown++ == 20 && d.classes().size() > 21) {
        o.println("  ... " + (d.classes().size() - 20) + " more classes in draw.json");
        break;
      }
      o.println(String.format(Locale.ROOT, "  %8d %8s %12s %9s %10s  %s", c.points(), Format.number(c.weight()),
          count(c.applicants()), count(c.winners()), chance(c.chance()), oddsOf(c.chance())));
    }
    o.println();
    o.println("Wrote " + Text.safe(job.folder().toString()) + "/");
    o.println("  winners.csv, waitlist.csv, points.csv, draw.json, index.html");
    o.println("Check it: tourplan draw --verify " + Text.safe(job.folder().toString()));
  }

  private static String odds(long winners, long of) {
    return winners == 0 ? "" : " (1 in " + Format.number(Math.round(10.0 * of / winners) / 10.0) + ")";
  }

  private static String oddsOf(double p) {
    return p <= 0 ? "none" : p >= 1 ? "certain" : "1 in " + Format.number(Math.round(10.0 / p) / 10.0);
  }

  static void verified(PrintWriter o, Path dir, VerifyDrawJob job) {
    var r = job.record();
    o.println("Draw of " + r.places().month() + " for " + Text.safe(r.scenario()) + " (seed " + r.seed() + ", "
        + "tourplan " + Text.safe(r.version()) + ")");
    o.println("Applicant file SHA-256 " + r.sha256() + ": the file that was drawn");
    for (VerifyDrawJob.FileCheck c : job.checks()) {
      o.println(String.format(Locale.ROOT, "  %-14s %s", c.file(), c.same() ? "same"
          : "DIFFERS: " + Text.safe(c.difference())));
    }
    if (job.same()) {
      o.println("VERIFIED: the published winners, waitlist and points are the ones seed " + r.seed() + " gives ("
          + plural(job.redraw().winners(), "winner") + ").");
    } else {
      o.println("NOT VERIFIED: the folder " + Text.safe(dir.toString()) + " is not what seed " + r.seed()
          + " gives for this file.");
    }
  }
}
