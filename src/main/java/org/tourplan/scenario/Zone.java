package org.tourplan.scenario;

/**
 * A place a group visits (contract 1, {@code zones}).
 *
 * @param id              key of the zone in the file
 * @param capacity        persons inside at once (enforced)
 * @param maxGroups       groups inside at once; {@link Integer#MAX_VALUE} when unlimited
 * @param headway         minutes between two entries (0 = none)
 * @param dwell           minutes a group stays inside
 * @param floor           whether the zone is on the production floor
 * @param egressPerMinute persons per minute through its exits, or null (left out of the evacuation check)
 * @param noiseDbA        sound level inside in dB(A), or null (no noise exposure)
 */
public record Zone(String id, int capacity, int maxGroups, double headway, Distribution dwell, boolean floor,
                   Double egressPerMinute, Double noiseDbA) {
}
