package org.tourplan.scenario;

/** Lottery demand (spec 1, {@code demand}): applications received per month. */
public record Demand(double applicationsPerMonth) { }
