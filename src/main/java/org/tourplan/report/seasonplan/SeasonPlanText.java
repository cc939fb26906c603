package org.tourplan.report.seasonplan;

/**
 * Every fixed sentence of the season plan's page, in one place (so that they can move to a message bundle whole);
 * the figures in words come from {@code plan.SeasonPlanWords}, shared with the terminal. Plain text: the page
 * escapes it.
 */
final class SeasonPlanText {
  private SeasonPlanText() {
  }

  static final String TITLE = "tourplan season plan: ";
  static final String KICKER = "tourplan plan · season ";
  static final String RECOMMENDATION = "Recommended season";
  static final String NONE = "Recommendation";
  static final String NONE_VERDICT = "NONE";
  static final String NONE_TEXT = " — no season of the plan space meets every goal. Why, and what would fix it, "
      + "below.";
  static final String FOR_SEASON = " for the season";
  static final String RESOURCES = "Group, fleet and guides for the whole season: ";
  static final String GOAL = "Goal: ";
  static final String WAITING = "Waiting goal";
  static final String FILE = "Against the file's own season";
  static final String FILE_TARGETS = "The file's own season reaches the month's target in %d of its %d months";
  static final String FILE_WAITING = "; its waiting goal: ";

  static final String PHASES = "The phases";
  static final String PHASES_WHY = "Each phase keeps its months' closed dates and extra tours (the file's facts); "
      + "the planner chooses its weekly timetable. The months of the file's own timetable (outside every phase) are planned together, as "
      + "one phase.";
  static final String[] PHASE_HEADS = {"phase", "target", "the file's timetable", "recommended timetable",
      "start times", "cost over the phase"};
  static final String UNCHANGED = "unchanged";

  static final String COST_CHART = "Cost per month";
  static final String COST_WHY = "Each month's cost by the plan's own rule (tours, vehicle days and guide days, "
      + "weekends at their rate): the file's own season (grey) and the recommended one (blue). Dotted lines mark "
      + "where a phase begins.";
  static final String VISITORS_CHART = "Visitors against each month's target";
  static final String VISITORS_WHY = "The recommended season's mean visitors per month (dark band: its 95% "
      + "confidence interval; light band: the range holding 90% of simulated months), the file's own season's mean "
      + "(dashed) and each month's target (red steps).";
  static final String ODDS_CHART = "The lottery: odds and wait";
  static final String ODDS_WHY_GOAL = "Top: the chance that one entry wins that month, both seasons. Bottom: the "
      + "share of each month's new applicants who win a place within the waiting goal's draws (the months the goal "
      + "judges), against the goal (red).";
  static final String ODDS_WHY = "Top: the chance that one entry wins that month, both seasons. Bottom: the share of "
      + "each month's new applicants who win a place at some month of the season.";

  static final String MONTHS = "Month by month";
  static final String MONTHS_WHY = "Visitors, P(target) and odds are those of `tourplan season recommended.yaml` "
      + "(the same months: seed and replications as written); the breach test ran on fresh months of each month "
      + "that the search never used.";
  static final String[] MONTH_HEADS = {"month", "tours (file)", "cost (file)", "visitors (95% CI)", "target",
      "P(target)", "breach test (fresh months)", "places", "odds", "wait"};
  static final String WAIT_WITHIN = "won within %d draws";
  static final String WAIT_SEASON = "won within the season";

  static final String SEARCH = "How the season was planned";
  static final String METHOD = "Seasons were taken in order of cost (one group, fleet and guides, and one timetable "
      + "for each phase), by a best-first enumeration in which each phase's timetables are judged as the month "
      + "planner judges them (counted targets, start times designed on simulated days, confirmation on fresh "
      + "months), each once, and only when it could be part of the cheapest season. The waiting goal depends on "
      + "nothing but each month's places, so a season is checked against it before any of it is simulated.";
  /** After {@link #METHOD}, only when a season was recommended (else there is nothing to be cheaper than). */
  static final String CHEAPEST = " The first season at the cheapest level whose every phase passed its "
      + "confirmation is the recommendation: every cheaper season failed a check.";
  static final String SPLIT = "Each month's breach test is run at %s error, 5%% split evenly over the season's "
      + "%d months (Bonferroni): the chance that any month of the season is accepted while its breach probability "
      + "is above the bound is at most 5%%.";

  static final String WHY_NONE = "Why no season works";
  static final String FIXES = "What would fix it";
  static final String UNIT_DIAGNOSIS = "%s: the month planner's diagnosis";

  static final String READ = "How to read this";
  static final String[] NOTES = {
      "recommended.yaml is the season as a complete scenario file: tourplan season recommended.yaml simulates "
          + "every month with its phase's timetable and runs the lottery, and shows what this page shows.",
      "recommended/ and current/ hold the season reports of the recommended and the file's own season.",
      "Every figure is in season-plan.json beside this page."};
}
