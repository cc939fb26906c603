package org.tourplan.roster;

/**
 * A ride the fleet cannot serve in the plan (jsprit left some of its loads unassigned, or no vehicle can reach it
 * at all). Never ignored: reported by the {@code shuttles} command, and served in planned mode by the fallback
 * dispatch.
 *
 * @param request        the nominal ride
 * @param loadsUnserved  how many of its {@code request.loads()} vehicles the plan could not provide
 * @param reason         why, in words, with times (for example {@code no vehicle can reach line-2 by 10:42: the
 *                       earliest is 10:49 (vehicle 2, after tour 09:00 to line-1)})
 */
public record UnservedRide(RideRequest request, int loadsUnserved, String reason) { }
