/**
 * From a site's own records to its scenario's numbers: the check-in and zone records read strictly ({@code Checkins},
 * {@code Visits}, {@code Tours}, {@code Records}), and the fits, as plain data: the no-show rate with its Wilson
 * interval, party-size weights with Goodman's simultaneous intervals, tour sizes against {@code group.maxSize}
 * ({@code CheckinFit}); durations fitted among the format's families by maximum likelihood, ranked by AIC and tested
 * by Kolmogorov-Smirnov with a parametric-bootstrap p-value ({@code Family}, {@code Fitted}, {@code Mle},
 * {@code DurationFitter}, {@code DurationFit}); dwell per zone and boarding from the rides against the travel table
 * ({@code Rides}); the whole fit ({@code Fit}, {@code Fitter}) and the scenario with the fitted keys replaced
 * ({@code FittedScenario}). docs/fit.md names every method.
 *
 * <p>Owns: what the records say about the model's inputs. May import: {@code scenario}, {@code csv}, and
 * {@code run} for its binomial interval and its summary of a sample; never the simulation.
 */
package org.tourplan.fit;
