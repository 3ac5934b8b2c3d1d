package dev.pygrade.grader.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line of {@code exercises/check}: parsing only, no catalog, no Docker. */
class CatalogCheckMainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void withoutArgumentsItChecksTheWholeCatalogUnderRunc() {
        CatalogCheckMain check = parse();
        assertThat(check.verbose).isFalse();
        assertThat(check.runtime).isEqualTo("runc");
        assertThat(check.exercises).isEmpty();
    }

    @Test
    void optionsMayComeBeforeBetweenOrAfterTheExercises() {
        CatalogCheckMain check =
                parse("exercises/day08-lists/grid-without-aliasing", "-v", "dedupe-fast", "--runtime", "runsc");
        assertThat(check.verbose).isTrue();
        assertThat(check.runtime).isEqualTo("runsc");
        assertThat(check.exercises).containsExactly("exercises/day08-lists/grid-without-aliasing", "dedupe-fast");
        assertThat(parse("--runtime=auto").runtime).isEqualTo("auto");
    }

    @Test
    void anUnknownRuntimeIsRefusedWithTheValidOnes() {
        assertThat(execute("--runtime", "bogus")).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("Invalid value for option '--runtime': 'bogus' is not runc, runsc or auto\n")
                .contains("Usage: exercises/check");
    }

    @Test
    void aRuntimeOptionWithoutItsValueIsRefused() {
        assertThat(execute("-v", "--runtime")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required parameter for option '--runtime' (runc|runsc|auto)\n");
    }

    @Test
    void anUnknownOptionIsRefusedRatherThanTakenForAnExercise() {
        assertThat(execute("--nope", "dedupe-fast")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--nope'\n");
    }

    @Test
    void helpDescribesTheOptionsAndChecksNothing() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString())
                .startsWith("Usage: exercises/check [-hv] [--runtime=runc|runsc|auto] [EXERCISE...]")
                .contains("(default: runc)");
        assertThat(err.toString()).isEmpty();
    }

    private static CatalogCheckMain parse(String... args) {
        CatalogCheckMain check = new CatalogCheckMain();
        new CommandLine(check).parseArgs(args);
        return check;
    }

    /** Runs the command line as main does; every case here ends before the check would start. */
    private int execute(String... args) {
        return new CommandLine(new CatalogCheckMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
