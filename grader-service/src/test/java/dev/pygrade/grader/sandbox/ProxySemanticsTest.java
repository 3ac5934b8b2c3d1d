package dev.pygrade.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.RepositoryRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What tests can rely on when they reach the learner's code through the proxy: exception hierarchies with
 * attributes and causes, builtin exceptions with special constructors, identity of handles, dict subclasses by
 * value, threads within the memory limit, helper modules, and a context manager that cannot swallow the test's
 * own assertion failures; builtin classes passed as arguments, and the test's own exception raised in a
 * callback coming back unchanged through the learner's code.
 */
@NeedsInfrastructure
class ProxySemanticsTest {
    static List<String> runtimes() {
        return SandboxFixture.runtimes();
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void proxyKeepsItsPromises(String runtime) {
        Path root = RepositoryRoot.get().resolve("grader-service/src/test/resources/probe");
        Exercise exercise = new ExerciseLoader(Set.of("3.11")).load(root.resolve("day01-probe/proxy-probe"), root);
        try (SandboxFixture sandbox = SandboxFixture.start(runtime)) {
            GradingResult result = sandbox.grader()
                    .score(
                            exercise,
                            sandbox.grader().run(exercise, exercise.files().reference(), Map.of()),
                            0,
                            0);
            Map<String, TestStatus> outcomes =
                    result.tests().stream().collect(Collectors.toMap(TestResult::name, TestResult::status));
            assertThat(outcomes)
                    .containsEntry("test_hierarchy", TestStatus.PASSED)
                    .containsEntry("test_unicode", TestStatus.PASSED)
                    .containsEntry("test_suppressor_may_suppress_test_raised_errors", TestStatus.PASSED)
                    .containsEntry("test_identity", TestStatus.PASSED)
                    .containsEntry("test_hidden_identity", TestStatus.PASSED)
                    .containsEntry("test_counter", TestStatus.PASSED)
                    .containsEntry("test_threads", TestStatus.PASSED)
                    .containsEntry("test_builtin_classes_can_be_passed", TestStatus.PASSED)
                    .containsEntry("test_the_tests_own_exception_comes_back_through_the_learner", TestStatus.PASSED)
                    // The learner's __exit__ returned True, yet the test's own assert still fails it.
                    .containsEntry("test_suppressor_cannot_hide_failures", TestStatus.FAILED);
        }
    }
}
