package org.tourplan.report.month;

import java.time.LocalDate;
import java.util.Objects;
import org.tourplan.run.ModeComparison;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.FleetPlan;

/**
 * What the report's optional "Shuttles" section shows, computed by the caller (jsprit solves and three simulations
 * take far longer than the rest of the report, so the report package never starts them): plain data only.
 *
 * @param ownFleet rosters of the file's own fleet for every date of the month ({@code ShuttlePlanner.forFleet})
 * @param smallest the smallest fleet each date needs ({@code ShuttlePlanner.smallestFleets})
 * @param modes    the dedicated, pooled and planned modes simulated side by side ({@code ModeComparison.of})
 */
public record ShuttleSection(FleetPlan ownFleet, FleetPlan smallest, ModeComparison modes) {
  public ShuttleSection {
    Objects.requireNonNull(ownFleet, "ownFleet");
    Objects.requireNonNull(smallest, "smallest");
    Objects.requireNonNull(modes, "modes");
  }

  /** The file's fleet's plan of {@code date}, or null when the month has no such date. */
  DayPlan ownOn(LocalDate date) {
    if (date == null) {
      return null;
    }
    for (DayPlan d : ownFleet.days()) {
      if (d.date().equals(date)) {
        return d;
      }
    }
    return null;
  }
}
