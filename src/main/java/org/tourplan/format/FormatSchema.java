package org.tourplan.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema of the scenario format ({@code schema/scenario.schema.json} in the repository, packaged beside
 * this class): what editors use to complete and check a scenario file as it is typed. The loader stays the judge of
 * a file; a test keeps the two in agreement.
 */
public final class FormatSchema {
  /** The resource name, beside this class. */
  static final String RESOURCE = "scenario.schema.json";

  private FormatSchema() {
  }

  /** The schema's text, as shipped. */
  public static String text() {
    try (InputStream in = FormatSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
