/**
 * The fit page of {@code tourplan fit}: {@code OUT/<slug>/fit/} with {@code index.html} (what the records say, the
 * candidates of each duration with AIC and bootstrap p-values, the verdicts), its PNG charts (histograms with the
 * fitted densities, Q-Q plots, party sizes, tour sizes against maxSize), {@code fit.json} and {@code fitted.yaml};
 * written all or nothing through an output folder, in the house style of every page.
 *
 * <p>Owns: how a fit is shown. May import: {@code fit} (its plain results), {@code scenario}, {@code output} (the
 * output folder and atomic files) and {@code report} (the escaping, the stylesheet and the charts' look).
 */
package org.tourplan.report.fit;
