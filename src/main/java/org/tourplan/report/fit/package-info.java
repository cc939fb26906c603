/**
 * The fit page of {@code tourplan fit}: {@code OUT/<slug>/fit/} with {@code index.html} (what the records say, the
 * candidates of each duration with AIC and bootstrap p-values, the verdicts), its PNG charts (histograms with the
 * fitted densities, Q-Q plots, party sizes, tour sizes against maxSize), {@code fit.json} and {@code fitted.yaml};
 * written all or nothing through the report package's output folder, in the house style of every page.
 *
 * <p>Owns: how a fit is shown. May import: {@code fit} (its plain results), {@code scenario}, and {@code report} for
 * the output folder, the atomic files, the escaping, the stylesheet and the charts' look; part of {@code report}
 * until the packages are split per product.
 */
package org.tourplan.report.fit;
