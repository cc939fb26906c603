package org.tourplan.draw;

/**
 * The valid applications of one file, in file order, as columns (a million applicants are a few arrays, not a
 * million objects). Nothing but what the draw needs is kept: the id as given, the party's persons, the points and
 * the days asked for.
 *
 * @param ids       each application's id, as given (surrounding spaces removed)
 * @param persons   the party's persons
 * @param points    earlier losses (0 when the file has no points)
 * @param preferred days of the month asked for: bit d - 1 for day d (0: no preference)
 * @param sha256    the file's SHA-256, lowercase hex: the bytes that were read
 * @param hasPoints whether the file has a points column
 * @param hasPreferred whether the file has a preferred column
 */
public record Applicants(String[] ids, int[] persons, int[] points, int[] preferred, String sha256,
                         boolean hasPoints, boolean hasPreferred) {

  /** Number of applicants. */
  public int size() {
    return ids.length;
  }

  /** Whether applicant {@code i} asked for days. */
  public boolean asked(int i) {
    return preferred[i] != 0;
  }
}
