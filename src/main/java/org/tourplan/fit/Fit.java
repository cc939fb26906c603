package org.tourplan.fit;

import java.util.Map;

/**
 * Everything {@code tourplan fit} found in a site's records, as plain data for the terminal, the page and the fitted
 * scenario.
 *
 * @param checkinsFile the check-in file as named on the command line
 * @param zonesFile    the zone file, or null when none was given
 * @param checkins     the no-show rate, party sizes and tour sizes
 * @param zoneRows     zone rows read (0 without a zone file)
 * @param seconds      whether the zone times have seconds (resolution 1 s, else 1 minute)
 * @param dwell        zone id -> its dwell fit, in the scenario's zone order, zones with records only
 * @param board        the boarding fit from the rides, or null without a zone file
 * @param rides        what the rides showed, or null without a zone file
 * @param seed         the bootstrap's seed
 * @param bootstrap    bootstrap samples per candidate
 */
public record Fit(String checkinsFile, String zonesFile, CheckinFit checkins, int zoneRows,
                  boolean seconds, Map<String, DurationFit> dwell, DurationFit board, Rides rides, long seed,
                  int bootstrap) {

  /** The key boarding is fitted for. */
  public static final String BOARD_KEY = "shuttles.boardMinutes";
}
