package org.tourplan.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tourplan.format.SourceTree.Kind;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.format.SourceTree.Scalar;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Text;

/**
 * Reads and validates a scenario file (docs/contract.md). The only way to get a {@link Scenario} from a file: it is
 * either fully valid or refused with a {@link ScenarioException} listing every problem found. No other exception
 * comes out for bad input.
 *
 * <p>Order of checks: extension, existence and size, UTF-8, emptiness (all before parsing), then syntax (stops at
 * the first syntax error or duplicate key, as the parser does), then every key and value, collecting all problems.
 */
public final class ScenarioLoader {
  private ScenarioLoader() { }

  /** Largest accepted file: 1 MiB. */
  public static final long MAX_BYTES = 1L << 20;

  /** Accepted file name extensions (case-insensitive). */
  public static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml");

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * Loads a scenario file; the format follows the extension ({@code .json}, {@code .yaml}, {@code .yml}).
   * Messages name the file as given.
   */
  public static Scenario load(Path file) throws ScenarioException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    byte[] content;
    try {
      if (Files.isDirectory(file)) {
        throw fail(name, "is a directory, not a scenario file");
      }
      if (!Files.exists(file)) {
        throw fail(name, missing(file));
      }
      checkExtension(name);
      if (!Files.isRegularFile(file)) {
        throw fail(name, "is not a regular file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw fail(name, tooBig(size));
      }
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since
      }
    } catch (NoSuchFileException e) {
      throw fail(name, "file not found");
    } catch (AccessDeniedException e) {
      throw fail(name, "cannot read the file: permission denied");
    } catch (IOException | RuntimeException e) {
      throw fail(name, "cannot read the file: " + reason(e));
    }
    return parse(name, content);
  }

  /**
   * Validates scenario text already in memory; {@code fileName} picks the format by its extension and names the
   * file in messages.
   */
  public static Scenario parse(String fileName, byte[] content) throws ScenarioException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    boolean yaml = checkExtension(fileName);
    if (content.length > MAX_BYTES) {
      throw fail(fileName, tooBig(content.length));
    }
    String text = decode(fileName, content);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1); // a UTF-8 byte order mark is allowed and ignored
    }
    if (text.isBlank()) {
      throw fail(fileName, "the file is empty");
    }
    if (yaml && commentsOnly(text)) {
      throw fail(fileName, "the file holds only comments");
    }
    Node root;
    try {
      root = yaml ? YamlTree.read(text) : json(text);
    } catch (SourceTree.Failure f) {
      throw new ScenarioException(List.of(new Problem(fileName, f.line, f.path, f.message)));
    } catch (IOException | RuntimeException e) {
      throw fail(fileName, "cannot read the file: " + reason(e));
    }
    if (root == null || root instanceof Scalar s && (s.kind() == Kind.NULL
        || s.kind() == Kind.STRING && s.text().isEmpty())) {
      throw fail(fileName, "the file holds no scenario (an empty document)");
    }
    Validator v = new Validator(fileName);
    Scenario scenario;
    try {
      scenario = v.validate(root);
    } catch (RuntimeException e) {
      // a bug of the loader, never expected: still refuse the file the documented way
      throw fail(fileName, "internal error while checking the file (please report): " + reason(e));
    }
    if (scenario == null) {
      throw new ScenarioException(v.problems(), v.skipped());
    }
    return scenario;
  }

  private static Node json(String text) throws IOException, SourceTree.Failure {
    try (JsonParser p = JSON.createParser(text)) {
      return SourceTree.read(p);
    }
  }

  /** Why a path that does not exist cannot be read: a symbolic link loop is not a missing file. */
  private static String missing(Path file) {
    // the link may be there while what it leads to is not: a loop or a dangling link, not a missing file
    try {
      file.toRealPath();
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        try {
          return "is a symbolic link to " + Text.escape(Files.readSymbolicLink(file).toString())
              + ", which does not exist";
        } catch (IOException | RuntimeException ignored) {
          // fall through
        }
      }
    } catch (FileSystemException e) {
      if (e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("symbolic link")) {
        return "is a symbolic link loop (" + Text.escape(e.getReason()) + "); expected a path to a file";
      }
    } catch (IOException | RuntimeException e) {
      // fall through: not found is the best description left
    }
    return "file not found";
  }

  /** Returns whether the name is YAML (else JSON); refuses any other extension. */
  private static boolean checkExtension(String name) throws ScenarioException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return false;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return true;
    }
    throw fail(name, "unsupported file type; expected a name ending in .json, .yaml or .yml");
  }

  private static String tooBig(long size) {
    return String.format(Locale.ROOT, "the file is %,d bytes, larger than the limit of %,d bytes (1 MiB)", size,
        MAX_BYTES);
  }

  /** Strict UTF-8 decoding; the offending bytes are never echoed. */
  private static String decode(String fileName, byte[] content) throws ScenarioException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (looksLikeUtf16(content)) {
      throw fail(fileName, "not UTF-8 (looks like UTF-16); save the file as UTF-8");
    }
    if (r.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (content[i] == '\n') {
          line++;
        }
      }
      throw new ScenarioException(List.of(new Problem(fileName, line, null,
          "not valid UTF-8: invalid byte sequence at byte offset " + offset + "; save the file as UTF-8")));
    }
    out.flip();
    return out.toString();
  }

  /**
   * UTF-16 text (with or without a byte order mark): ASCII characters leave a zero byte on every other position,
   * which plain UTF-8 text never has.
   */
  private static boolean looksLikeUtf16(byte[] content) {
    if (content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
        || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
      return true;
    }
    int n = Math.min(content.length, 512) & ~1;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += content[i] == 0 ? 1 : 0;
      oddZeros += content[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    return pairs >= 2 && (evenZeros * 2 >= pairs && oddZeros == 0 || oddZeros * 2 >= pairs && evenZeros == 0);
  }

  private static boolean commentsOnly(String text) {
    // every line break YAML knows: a CR-only file is one long line to split("\n")
    for (String line : text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return false;
      }
    }
    return true;
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    String first = m == null ? "" : m.lines().findFirst().orElse("");
    if (first.length() > 200) {
      first = first.substring(0, 200) + "...";
    }
    return Text.escape(e.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first));
  }

  private static ScenarioException fail(String file, String message) {
    return new ScenarioException(List.of(new Problem(file, null, null, message)));
  }
}
