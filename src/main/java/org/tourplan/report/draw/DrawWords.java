package org.tourplan.report.draw;

import static org.tourplan.text.Numbers.chance;
import static org.tourplan.text.Numbers.count;
import static org.tourplan.text.Numbers.plural;

import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;
import org.tourplan.draw.Rule;
import org.tourplan.text.Numbers;

/**
 * Every sentence of the draw page, in one place (so that a translation, issue 20, has one class to replace). Each
 * method takes numbers and returns plain text; the page escapes it.
 */
final class DrawWords {
  private DrawWords() {
  }

  static String title(String scenario) {
    return "tourplan draw: " + scenario;
  }

  static String kicker(DrawResult d) {
    return "tourplan draw · " + d.places().month() + " · seed " + d.seed() + " · applicant file SHA-256 "
        + d.applicants().sha256().substring(0, 16) + "…";
  }

  static String whoWonLabel() {
    return "Who won";
  }

  static String whoWon(DrawResult d) {
    int n = d.applicants().size();
    if (n == 0) {
      return "Nobody applied: no place was drawn.";
    }
    return count(d.winners()) + " of " + plural(n, "applicant") + " won a place"
        + (d.winners() == 0 ? "" : " (" + odds(d.winners(), n) + ")") + "; " + count(d.losers())
        + " are on the waitlist, in draw order.";
  }

  static String placesLabel() {
    return "Places";
  }

  static String places(DrawResult d) {
    Places p = d.places();
    long persons = 0;
    for (int x : d.tourPersons()) {
      persons += x;
    }
    String s = plural(p.tours().size(), "tour") + " × " + plural(p.partiesPerTour(), "place") + " = "
        + plural(p.places(), "place") + " (parties of up to " + p.largestParty() + ", at most "
        + plural(p.maxPersons(), "person") + " a tour); the winners bring " + plural(persons, "person") + ".";
    long unfilled = p.places() - d.winners();
    return unfilled == 0 ? s : s + " " + plural(unfilled, "place") + (unfilled == 1 ? " stays" : " stay")
        + " empty.";
  }

  static String ruleLabel() {
    return "Rule";
  }

  static String rule(DrawResult d) {
    if (d.places().rule() == Rule.POINTS) {
      return "Preference points: each next winner is drawn among those left with a chance in proportion to his "
          + "ticket's weight, 1 + points (earlier losses), as the scenario's demand.preferencePoints says.";
    }
    return "Uniform: every applicant had the same chance, whatever his points (demand.preferencePoints is not "
        + "set); each next winner is drawn among those left, all equally likely.";
  }

  static String chanceHeading() {
    return "The chance by points";
  }

  static String chanceWhy(DrawResult d) {
    String s = "The exact chance of one applicant of each class to be among the first "
        + count(Math.min(d.places().places(), d.applicants().size())) + " drawn (the weighted draw's inclusion "
        + "probability, computed by integrating its exponential-clocks formula), against the winners this draw "
        + "gave.";
    if (d.places().rule() == Rule.UNIFORM) {
      s += " The draw is uniform, so points do not weigh: they carry over to next month in points.csv.";
    }
    if (!d.exact()) {
      s += " This month's tours can be full by persons or seats before they are full by parties, so a party too "
          + "large for the room left is passed over: then the chance is that of a place in the draw order, and "
          + "party size matters as well.";
    }
    return s;
  }

  static String[] chanceColumns() {
    return new String[] {"points", "ticket weight", "applicants", "winners", "chance", "odds"};
  }

  static String odds(long winners, long of) {
    return winners == 0 ? "none" : "1 in " + Numbers.number(Math.round(10.0 * of / winners) / 10.0);
  }

  static String chanceOdds(double p) {
    return p <= 0 ? "none" : p >= 1 ? "certain" : "1 in " + Numbers.number(Math.round(10.0 / p) / 10.0);
  }

  static String chanceValue(double p) {
    return chance(p);
  }

  static String toursHeading() {
    return "Winners per tour";
  }

  static String toursWhy(DrawResult d) {
    return "Each tour takes " + plural(d.places().partiesPerTour(), "party", "parties") + " and at most "
        + plural(d.places().maxPersons(), "person") + "; a party is never split, and its tour's parties fit "
        + plural(d.places().vehicles(), "vehicle") + " of " + d.places().seats() + " seats. The ids are in "
        + "winners.csv, not here.";
  }

  static String[] tourColumns() {
    return new String[] {"date", "start", "parties", "persons", "asked for that day"};
  }

  static String preferencesHeading() {
    return "Days asked for";
  }

  static String preferences(DrawResult d) {
    if (!d.applicants().hasPreferred() || d.asked() == 0) {
      return "No applicant asked for particular days; winners took the earliest tours with room.";
    }
    return plural(d.asked(), "applicant") + " asked for particular days. Of the " + count(d.winnersWhoAsked())
        + " winners who did, " + count(d.granted()) + " sit on a tour on one of their days ("
        + Numbers.percent(d.winnersWhoAsked() == 0 ? Double.NaN : (double) d.granted() / d.winnersWhoAsked())
        + "). Preferences decide only where a winner sits, never who wins: a winner who asked takes the earliest "
        + "tour with room on his days, and a winner who did not ask may be moved to another tour to make room.";
  }

  static String passedOverHeading() {
    return "Passed over";
  }

  static String passedOver(DrawResult d) {
    long n = d.passedOverCount();
    if (n == 0) {
      return d.exact() ? "Nobody was passed over: the winners are exactly the first "
          + count(d.winners()) + " of the draw order." : "Nobody was passed over in this draw.";
    }
    return plural(n, "party", "parties") + " drawn before the last winner fitted no tour at their turn (every "
        + "tour with a free place was too full by persons or seats); they head the waitlist, in draw order.";
  }

  static String waitlistHeading() {
    return "The waitlist";
  }

  static String waitlist(DrawResult d) {
    return count(d.losers()) + " applicants, in draw order, in waitlist.csv: when a winner cancels, the place goes "
        + "to the first on the list whose party fits. points.csv has next month's points of each of them (points "
        + "+ 1).";
  }

  static String checkHeading() {
    return "Check this draw";
  }

  static String check(DrawResult d) {
    return "Anyone with the applicant file (SHA-256 " + d.applicants().sha256() + ") and this folder can run the "
        + "draw again: tourplan draw --verify on this folder says whether the published winners are the ones seed "
        + d.seed() + " gives. The draw is fair to check only if the file's SHA-256 was published before the seed "
        + "was chosen, and the seed chosen in public afterwards.";
  }

  static String privacy() {
    return "This page and draw.json hold counts only; applicants' ids are in winners.csv, waitlist.csv and "
        + "points.csv, as given, and nothing else about them is kept.";
  }
}
