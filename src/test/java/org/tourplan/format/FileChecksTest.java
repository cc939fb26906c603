package org.tourplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tourplan.format.Fixtures.refused;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals that happen before parsing: file type, existence, size, encoding, emptiness. */
class FileChecksTest {

  private static Problem only(ScenarioException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void otherExtensionsAreRefusedNamingTheAcceptedOnes() {
    Problem p = only(refused("scenario.txt", Fixtures.BASE));
    assertTrue(p.message().contains(".json, .yaml or .yml"), p.message());
    only(refused("scenario", Fixtures.BASE));
  }

  @Test
  void filesOverOneMebibyteAreRefusedWithSizeAndLimit() {
    byte[] big = new byte[(int) ScenarioLoader.MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    Problem p = only(refused("big.yaml", big));
    assertEquals("the file is 1,048,577 bytes, larger than the limit of 1,048,576 bytes (1 MiB)", p.message());
  }

  @Test
  void invalidUtf8IsRefusedWithOffsetAndLineButNotTheBytes() {
    byte[] text = "name: ok\nmonth: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Problem p = only(refused("t.yaml", text));
    assertEquals(2, p.line());
    assertTrue(p.message().contains("not valid UTF-8") && p.message().contains("byte offset 19"), p.message());
    assertFalse(p.toString().contains("\u00e9") || p.toString().contains("caf"), p.toString());
    // an overlong encoding and a lone surrogate are invalid too
    only(refused("t.json", new byte[] {'{', (byte) 0xC0, (byte) 0x80, '}'}));
    only(refused("t.json", new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
    // truncated multi-byte sequence at the very end
    Problem end = only(refused("t.yaml", new byte[] {'a', ':', ' ', (byte) 0xE2, (byte) 0x82}));
    assertTrue(end.message().contains("byte offset 3"), end.message());
  }

  @Test
  void emptyWhitespaceAndCommentOnlyFilesAreRefused() {
    assertEquals("the file is empty", only(refused("t.yaml", "")).message());
    assertEquals("the file is empty", only(refused("t.json", " \n\t\r\n")).message());
    assertEquals("the file holds only comments", only(refused("t.yaml", "# a\n  # b\n\n")).message());
    assertTrue(only(refused("t.yaml", "---\n")).message().contains("empty document"));
    assertTrue(only(refused("t.yaml", "~\n")).message().contains("empty document"));
  }

  @Test
  void missingFileAndDirectoryGetPlainMessages(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.yaml");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
    assertEquals(missing + ": file not found", e.getMessage());
    Path sub = Files.createDirectory(dir.resolve("sub.yaml"));
    e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(sub));
    assertEquals(sub + ": is a directory, not a scenario file", e.getMessage());
    e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
    assertTrue(e.getMessage().endsWith("is a directory, not a scenario file"));
  }

  @Test
  void loadReadsARealFileAndRefusesABigOneBeforeReadingIt(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.yaml");
    Files.writeString(ok, Fixtures.BASE);
    assertEquals("Base tour", ScenarioLoader.load(ok).name());
    Path big = dir.resolve("big.json");
    Files.write(big, new byte[(int) ScenarioLoader.MAX_BYTES + 10]);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(big));
    assertTrue(e.getMessage().contains("1,048,586 bytes"), e.getMessage());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Fixtures.BASE.replace("size: 20", "size: 0"));
    e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(bad));
    assertEquals(bad + ":4: group.size: found 0, expected an integer >= 1\n" + e.skipped(), e.getMessage());
    assertTrue(e.skipped().contains("the largest group"), e.skipped());
    assertNull(e.getCause());
  }
}
