package dev.pygrade.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The API-key commands' arguments, parsed as Main does before Quarkus starts: no database. */
class ApiKeyCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<ApiKeyCommandLine.ApiKeyAction> ran = new ArrayList<>();

    @Test
    void createTakesEveryOptionInEitherForm() {
        assertThat(execute(
                        "create-api-key",
                        "--name",
                        "moodle",
                        "--role=Instructor",
                        "--subject",
                        "lms:moodle",
                        "--course",
                        "cs101",
                        "--webhook-url",
                        "https://lms.example/hook",
                        "--rate-limit",
                        "600"))
                .isZero();
        assertThat(((ApiKeyCommandLine.Create) ran.get(0)).request())
                .isEqualTo(new ApiKeyRequest(
                        "moodle", "instructor", "lms:moodle", "cs101", "https://lms.example/hook", 600));
    }

    @Test
    void createNeedsOnlyANameAndARole() {
        assertThat(execute("create-api-key", "--role", "admin", "--name", "ops"))
                .isZero();
        assertThat(((ApiKeyCommandLine.Create) ran.get(0)).request())
                .isEqualTo(new ApiKeyRequest("ops", "admin", null, null, null, null));
    }

    @Test
    void revokeTakesAnId() {
        UUID id = UUID.randomUUID();
        assertThat(execute("revoke-api-key", id.toString())).isZero();
        assertThat(((ApiKeyCommandLine.Revoke) ran.get(0)).id).isEqualTo(id);
    }

    @Test
    void listTakesNothing() {
        assertThat(execute("list-api-keys")).isZero();
        assertThat(ran.get(0)).isInstanceOf(ApiKeyCommandLine.ListAll.class);
    }

    @Test
    void createWithoutARoleIsRefused() {
        assertRefused(new String[] {"create-api-key", "--name", "moodle"}, "Missing required option: '--role=R'");
    }

    @Test
    void anUnknownRoleIsRefusedWithTheValidOnes() {
        assertRefused(
                new String[] {"create-api-key", "--name", "moodle", "--role", "teacher"},
                "Invalid value for option '--role': 'teacher' is not learner, instructor or admin");
    }

    @Test
    void aRateLimitMustBeANumber() {
        assertRefused(
                new String[] {"create-api-key", "--name", "m", "--role", "admin", "--rate-limit", "lots"},
                "Invalid value for option '--rate-limit': 'lots' is not an int");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertRefused(
                new String[] {"create-api-key", "--role", "admin", "--name"},
                "Missing required parameter for option '--name' (N)");
    }

    @Test
    void anUnknownOptionIsRefusedRatherThanIgnored() {
        assertRefused(
                new String[] {"create-api-key", "--name", "m", "--role", "admin", "--courses", "cs101"},
                "Unknown options: '--courses', 'cs101'");
        assertThat(err.toString()).contains("Possible solutions: --course");
    }

    @Test
    void revokeNeedsOneValidId() {
        assertRefused(new String[] {"revoke-api-key"}, "Missing required parameter: 'ID'");
        assertRefused(
                new String[] {"revoke-api-key", "42"},
                "Invalid value for positional parameter at index 0 (ID): '42' is not an API key id (a UUID)");
    }

    @Test
    void listRefusesArguments() {
        assertRefused(new String[] {"list-api-keys", "--all"}, "Unknown option: '--all'");
    }

    @Test
    void helpIsPrintedWithoutRunningTheCommand() {
        assertThat(execute("create-api-key", "--help")).isZero();
        assertThat(out.toString())
                .startsWith("Usage: quarkus-run.jar create-api-key [-h] --name=N --role=R [--subject=S]")
                .contains("--rate-limit=N    Requests per minute");
        assertThat(ran).isEmpty();
    }

    @Test
    void withoutACommandTheCommandsAreListed() {
        assertThat(execute()).isEqualTo(2);
        assertThat(err.toString()).contains("create-api-key", "revoke-api-key", "list-api-keys");
        assertThat(ran).isEmpty();
    }

    @Test
    void aRefusalFromTheDatabaseIsNamedAfterItsCommand() {
        int exitCode = ApiKeyCommandLine.of(action -> {
                    throw new IllegalArgumentException("no API key 7");
                })
                .setErr(new PrintWriter(err, true))
                .execute("revoke-api-key", UUID.randomUUID().toString());
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("revoke-api-key: no API key 7\n");
    }

    /** Exit code 2, the error on the first line of stderr, and nothing ran. */
    private void assertRefused(String[] args, String error) {
        err.getBuffer().setLength(0);
        assertThat(execute(args)).isEqualTo(2);
        assertThat(err.toString().lines().toList()).first().isEqualTo(error);
        assertThat(ran).isEmpty();
    }

    private int execute(String... args) {
        ToIntFunction<ApiKeyCommandLine.ApiKeyAction> runner = action -> {
            ran.add(action);
            return 0;
        };
        CommandLine commandLine = ApiKeyCommandLine.of(runner);
        return commandLine
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
