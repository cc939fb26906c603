package org.tourplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell completion script that {@code tourplan generate-completion} prints, sourced in a real bash as the
 * README tells users to, with bash's completion variables set as they are when TAB is pressed.
 */
class CompletionTest {
  @TempDir
  Path tmp;

  /** The words bash would offer after {@code line} (the cursor at its end). */
  private String complete(Path script, String line) throws IOException, InterruptedException {
    // compopt only works while bash itself runs a completion: a no-op here (it changes display, not the words)
    String program = "source \"$1\"\ncompopt() { :; }\n"
        + "read -ra COMP_WORDS <<< \"$2\"\n"
        + "case \"$2\" in *' ') COMP_WORDS+=(''); esac\n"
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}\n"
        + "_complete_tourplan tourplan \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder("bash", "-c", program, "bash", script.toString(), line)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
    assertEquals(0, p.exitValue(), out);
    return out.strip();
  }

  @Test
  void bashCompletesCommandsAndOptions() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    CliTest.Run gen = CliTest.run("generate-completion");
    assertEquals(0, gen.code(), gen.err());
    assertTrue(gen.out().contains("complete -F _complete_tourplan"), gen.out());
    Path script = tmp.resolve("tourplan_completion");
    Files.writeString(script, gen.out());

    assertEquals("plan", complete(script, "tourplan pl"));
    assertEquals(java.util.List.of("schema", "season", "shuttles", "simulate", "sweep"),
        complete(script, "tourplan s").lines().sorted().toList());
    assertEquals("--rosters", complete(script, "tourplan shuttles --ros"));
    assertEquals("--confidence", complete(script, "tourplan plan --conf"));
  }

  @Test
  void theCompletionCommandIsListedInTheHelp() {
    CliTest.Run help = CliTest.run("--help");
    assertTrue(help.out().contains("generate-completion"), help.out());
  }
}
