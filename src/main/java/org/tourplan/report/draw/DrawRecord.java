package org.tourplan.report.draw;

import java.util.Map;
import org.tourplan.draw.Places;

/**
 * A draw's record read back from its {@code draw.json}: everything needed to run the draw again without the
 * scenario file (the month's tours and their room, the rule, the seed) and to know the applicant file and the
 * published files by their SHA-256.
 *
 * @param algorithm      the rules the draw followed (see {@code Draw.ALGORITHM})
 * @param version        the tourplan version that drew
 * @param scenario       the scenario's name
 * @param applicantsFile the applicant file as named on the command line
 * @param sha256         the applicant file's SHA-256
 * @param seed           the seed
 * @param places         the month's tours, their room and the rule
 * @param files          SHA-256 of each CSV file published with the record, by file name
 */
public record DrawRecord(String algorithm, String version, String scenario, String applicantsFile, String sha256,
                         long seed, Places places, Map<String, String> files) {

  /** A record that cannot be read, with what is wrong. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    /** The message says what is missing or wrong, and where. */
    public Unreadable(String message) {
      super(message);
    }
  }
}
