/**
 * The month's lottery run on the real applicant list ({@code tourplan draw}): the applicant file read and checked
 * ({@code ApplicantFile}, into the columns of {@code Applicants}), the places the scenario's month offers
 * ({@code Places}, from the tour model's calendar rule {@code Schedule.toursOn}), the draw order by exponential
 * clocks ({@code DrawOrder}: the model's rule, uniform or preference points), the seating of winners on tours
 * ({@code Seating}), each points class's exact chance, and the whole draw as plain data ({@code Draw},
 * {@code DrawResult}).
 *
 * <p>Owns: the rules of a real draw (who wins, in what order, on which tour). Knows nothing of pages or output
 * files: the record and the CSV files are the report's. May import: {@code csv} (reading the applicant file),
 * {@code lottery} (the exact chances), {@code engine} (random streams only), {@code scenario} (the month's tours,
 * the group and the fleet rule).
 */
package org.tourplan.draw;
