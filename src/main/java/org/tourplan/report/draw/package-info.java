/**
 * What {@code tourplan draw} writes, in its folder {@code OUT/<slug>/draw-<YYYY-MM>/}: {@code winners.csv},
 * {@code waitlist.csv}, {@code points.csv}, the record {@code draw.json} (and reading it back, for
 * {@code --verify}), and the page {@code index.html}. Every sentence of the page is in {@code DrawWords}.
 *
 * <p>Privacy: applicants' ids appear only in the three CSV files, as given; the record and the page hold counts and
 * the files' SHA-256, never an id. May import: {@code report} (the shared look), {@code output}, {@code draw},
 * {@code csv} (writing the CSV files) and {@code text}.
 */
package org.tourplan.report.draw;
