package dev.pygrade.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile submissions through the real image, under runc and runsc: each gets its own status and zero points,
 * nothing secret reaches the feedback, and the sandbox goes on grading and leaves nothing behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@NeedsInfrastructure
class HostileSubmissionsTest {
    private static final Path RESOURCES = RepositoryRoot.get().resolve("grader-service/src/test/resources");
    private static final Exercise PROBE = probe("sandbox-probe");
    private static final Exercise PROPERTY = probe("property-probe");
    private static final List<String> SECRETS =
            List.of("PYGRADE-SECRET-7f3a", "def test_attack_again", "root:", "SOLVED\"", "test_hidden.py\\nimport");
    private static final Map<String, SandboxFixture> SANDBOXES = new ConcurrentHashMap<>();
    private static final ExecutorService ATTACKERS = Executors.newFixedThreadPool(2);
    private static final Map<String, Future<Attacked>> ATTACKED = new ConcurrentHashMap<>();

    static Stream<Arguments> attacks() {
        Map<String, GradingStatus> expected = new LinkedHashMap<>();
        expected.put("fork_bomb", GradingStatus.PROCESS_LIMIT);
        expected.put("thread_bomb", GradingStatus.PROCESS_LIMIT);
        expected.put("memory_bomb", GradingStatus.MEMORY_LIMIT);
        expected.put("infinite_loop", GradingStatus.TIMEOUT);
        expected.put("long_sleep", GradingStatus.TIMEOUT);
        expected.put("stdout_flood", GradingStatus.OUTPUT_LIMIT);
        expected.put("stderr_flood", GradingStatus.OUTPUT_LIMIT);
        expected.put("disk_fill", GradingStatus.FILE_LIMIT);
        expected.put("big_file", GradingStatus.FILE_LIMIT);
        expected.put("fd_exhaustion", GradingStatus.FILE_LIMIT);
        expected.put("recursion_crash", GradingStatus.CRASHED);
        expected.put("network", GradingStatus.FAILED);
        expected.put("search_secrets", GradingStatus.FAILED);
        expected.put("fake_result", GradingStatus.FAILED);
        expected.put("monkeypatch", GradingStatus.CRASHED);
        expected.put("equal_to_everything", GradingStatus.FAILED);
        expected.put("clock_tricks", GradingStatus.FAILED);
        expected.put("signals", GradingStatus.CRASHED);
        expected.put("privileges", GradingStatus.FAILED);
        expected.put("symlinks", GradingStatus.FAILED);
        expected.put("state_between_tests", GradingStatus.FAILED);
        List<Arguments> arguments = new ArrayList<>();
        for (String runtime : SandboxFixture.runtimes()) {
            expected.forEach((attack, status) -> arguments.add(Arguments.of(runtime, attack, status)));
        }
        return arguments.stream();
    }

    /**
     * The attacks run two at a time from the start of the class (each mostly waits on its own limits), each on a
     * fixture of its own so that its leftovers are only its own containers; each test awaits its own attack.
     */
    @BeforeAll
    static void startAttacks() {
        attacks().forEach(arguments -> {
            String runtime = (String) arguments.get()[0];
            String attack = (String) arguments.get()[1];
            ATTACKED.put(runtime + "/" + attack, ATTACKERS.submit(() -> attack(runtime, attack)));
        });
        ATTACKERS.shutdown();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}: {1} gets {2} and nothing else")
    @MethodSource("attacks")
    void hostileSubmissionGetsItsStatusZeroPointsAndNoSecret(String runtime, String attack, GradingStatus status)
            throws Exception {
        Attacked attacked = ATTACKED.get(runtime + "/" + attack).get(10, TimeUnit.MINUTES);
        GradingResult result = attacked.result();
        // The sandbox's own log says why when it wrote no result.
        assertThat(result.status())
                .as(result.summary() + "\n" + attacked.run().log())
                .isEqualTo(status);
        assertThat(result.score()).isZero();
        assertThat(result.maxScore()).isEqualTo(3.0);
        String feedback = ContractJson.write(result);
        for (String secret : SECRETS) {
            assertThat(feedback).doesNotContain(secret);
        }
        assertThat(attacked.run().outcome().report().nonce()).isNotEqualTo("guess");
        assertThat(attacked.leftovers()).isEmpty();
        if (attack.equals("clock_tricks")) {
            TestResult timed = result.tests().stream()
                    .filter(t -> t.id().equals("test_visible.py::test_attack"))
                    .findFirst()
                    .orElseThrow();
            assertThat(timed.durationMs()).isGreaterThanOrEqualTo(600);
        }
    }

    private static Attacked attack(String runtime, String attack) throws IOException {
        try (SandboxFixture sandbox = SandboxFixture.start(runtime)) {
            String source = Files.readString(RESOURCES.resolve("hostile/" + attack + ".py"));
            SandboxRun run = sandbox.grader().run(PROBE, Map.of("solution.py", source), Map.of());
            return new Attacked(run, sandbox.grader().score(PROBE, run, 0, 0), sandbox.leftovers());
        }
    }

    private record Attacked(SandboxRun run, GradingResult result, List<String> leftovers) {}

    @Order(2) // after every attack
    @ParameterizedTest
    @MethodSource("runtimes")
    void theSandboxGoesOnGradingHonestSolutionsAfterTheAttacks(String runtime) {
        SandboxFixture sandbox = sandbox(runtime);
        GradingResult result = sandbox.grader()
                .score(PROBE, sandbox.grader().run(PROBE, PROBE.files().reference(), Map.of()), 0, 0);
        assertThat(result.status()).isEqualTo(GradingStatus.PASSED);
        assertThat(result.score()).isEqualTo(3.0);
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void aFailingHiddenPropertyShowsItsShrunkCounterexampleAndNothingElse(String runtime) {
        SandboxFixture sandbox = sandbox(runtime);
        String wrong = "def reverse(items):\n    return sorted(items, reverse=True)\n";
        GradingResult result = sandbox.grader()
                .score(PROPERTY, sandbox.grader().run(PROPERTY, Map.of("solution.py", wrong), Map.of()), 0, 0);
        TestResult property = result.tests().stream()
                .filter(t -> t.id().equals("test_hidden.py::test_reverse_twice_is_identity"))
                .findFirst()
                .orElseThrow();
        assertThat(property.status()).isEqualTo(TestStatus.FAILED);
        assertThat(property.counterexample())
                .startsWith("Falsifying example: test_reverse_twice_is_identity(")
                .contains("items=[-1, 0]");
        assertThat(property.hint()).isEqualTo("Reversing twice must give back the list you started with.");
        assertThat(property.message()).isNull();
        assertThat(ContractJson.write(result)).doesNotContain("PYGRADE-SECRET-7f3a");
    }

    @Test
    void hiddenTestsOfTheProbeAreUnreadableEvenToAnHonestLookingSubmission() throws IOException {
        // The same search as search_secrets.py, reporting what it could open instead of failing silently.
        String probeFiles = "import os\n\ndef attack():\n    readable = []\n"
                + "    for path in ('/grader/bundle/tests/test_hidden.py', '/grader/bundle/tests', '/grader'):\n"
                + "        try:\n            os.listdir(path) if os.path.isdir(path) else open(path).read()\n"
                + "            readable.append(path)\n        except OSError:\n            pass\n"
                + "    return 'SOLVED' if readable else 'nothing'\n";
        for (String runtime : runtimes()) {
            SandboxFixture sandbox = sandbox(runtime);
            GradingResult result = sandbox.grader()
                    .score(PROBE, sandbox.grader().run(PROBE, Map.of("solution.py", probeFiles), Map.of()), 0, 0);
            assertThat(result.status()).as(runtime).isEqualTo(GradingStatus.FAILED);
            assertThat(result.score()).as(runtime).isZero();
        }
    }

    static List<String> runtimes() {
        return SandboxFixture.runtimes();
    }

    @AfterAll
    static void closeSandboxes() {
        SANDBOXES.values().forEach(sandbox -> {
            assertThat(sandbox.leftovers()).isEmpty();
            sandbox.close();
        });
    }

    private static SandboxFixture sandbox(String runtime) {
        return SANDBOXES.computeIfAbsent(runtime, SandboxFixture::start);
    }

    private static Exercise probe(String id) {
        Path root = RESOURCES.resolve("probe");
        return new ExerciseLoader(Set.of("3.11"))
                .load(root.resolve("day01-probe").resolve(id), root);
    }
}
