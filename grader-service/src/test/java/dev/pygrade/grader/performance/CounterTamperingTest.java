package dev.pygrade.grader.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
import dev.pygrade.grader.sandbox.SandboxFixture;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Submissions that attack the instruction counter, under runc (and those that rely on the kernel under runsc too). Each is a correct quadratic dedupe (its tests
 * pass, so the performance gate is open) plus a trick: client requests through ctypes and executable memory, its own
 * memory through /proc/self/mem, a memfd, new audit and profile hooks, forged dump files, a forged reply, rebinding the
 * harness, work done at import. None may earn a single performance point, and the honest quadratic earns none. Code
 * that runs fast only when measured fails its tests and earns nothing either.
 */
@NeedsInfrastructure
class CounterTamperingTest {
    private static final Path RESOURCES = RepositoryRoot.get().resolve("grader-service/src/test/resources");
    private static final Exercise COUNTED = probe("counted-probe");
    private static final Map<String, SandboxFixture> SANDBOXES = new ConcurrentHashMap<>();

    static Stream<Arguments> attacks() {
        List<String> attacks = List.of(
                "quadratic_dedupe",
                "client_requests_ctypes",
                "proc_self_mem",
                "fake_dump",
                "fake_reply",
                "harness_patch",
                "work_at_import");
        // Under runc every attack; under runsc those that rely on the kernel (its own memory, memfd, seccomp).
        return Stream.concat(
                attacks.stream().map(attack -> Arguments.of("runc", attack)),
                Stream.of("client_requests_ctypes", "proc_self_mem").map(attack -> Arguments.of("runsc", attack)));
    }

    @ParameterizedTest(name = "{0}: {1} earns no performance point")
    @MethodSource("attacks")
    void anAttackOnTheCounterEarnsNoPerformancePoint(String runtime, String attack) throws IOException {
        SandboxFixture sandbox = SANDBOXES.computeIfAbsent(runtime, SandboxFixture::start);
        String source = Files.readString(RESOURCES.resolve("hostile-counter/" + attack + ".py"));
        GradingResult result = sandbox.grader()
                .score(COUNTED, sandbox.grader().run(COUNTED, Map.of("solution.py", source), Map.of()), 0, 0);
        // Its tests pass: what keeps the points away is the counter, not the gate.
        assertThat(result.tests()).as(result.summary()).allMatch(t -> t.status() == TestStatus.PASSED);
        List<Criterion> criteria = result.performance().criteria();
        assertThat(criteria).as(result.performance().toString()).allMatch(c -> c.score() == 0);
        switch (attack) {
            case "fake_reply" -> assertThat(result.performance().summary()).contains("not a count");
            case "work_at_import" ->
                assertThat(result.performance().summary())
                        .contains("cannot be trusted: importing your module executed");
            default -> {
                // The count is the honest quadratic's: the trick changed nothing that was counted.
                assertThat(result.performance().learnerComplexity())
                        .as(result.performance().toString())
                        .extracting(fit -> fit.complexityClass())
                        .isEqualTo("O(n^2)");
                assertThat(result.performance()
                                .sizes()
                                .get(result.performance().sizes().size() - 1)
                                .incomplete())
                        .isTrue();
            }
        }
        assertThat(sandbox.leftovers()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void codeThatRunsFastOnlyWhenMeasuredEarnsNothing() throws IOException {
        // It tells the benchmark from the tests (valgrind is visible to the process), so it is quadratic in the tests
        // and linear when counted. The catalog exercise's large test catches the quadratic path, and performance
        // points need the tests of the measured function to pass.
        Exercise exercise = SandboxFixture.exercise("dedupe-keep-order");
        SandboxFixture sandbox = SANDBOXES.computeIfAbsent("runc", SandboxFixture::start);
        String source = Files.readString(RESOURCES.resolve("hostile-counter/detects_benchmark.py"));
        GradingResult result = sandbox.grader()
                .score(exercise, sandbox.grader().run(exercise, Map.of("solution.py", source), Map.of()), 0, 0);
        assertThat(result.tests()).anyMatch(t -> t.status() != TestStatus.PASSED);
        assertThat(result.performance().criteria()).allMatch(c -> c.score() == 0);
        assertThat(result.performance().summary()).contains("No performance points: your `dedupe` failed");
    }

    @AfterAll
    static void close() {
        SANDBOXES.values().forEach(SandboxFixture::close);
    }

    private static Exercise probe(String id) {
        Path root = RESOURCES.resolve("probe");
        return new ExerciseLoader(Set.of("3.11"))
                .load(root.resolve("day01-probe").resolve(id), root);
    }
}
