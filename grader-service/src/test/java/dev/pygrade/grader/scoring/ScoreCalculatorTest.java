package dev.pygrade.grader.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.Timings;
import dev.pygrade.contract.result.Visibility;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.grader.sandbox.RunnerReport;
import dev.pygrade.grader.sandbox.RunnerReport.RunnerTest;
import dev.pygrade.grader.sandbox.SandboxFixture;
import dev.pygrade.grader.sandbox.SandboxLimits;
import dev.pygrade.grader.sandbox.SandboxRun;
import dev.pygrade.grader.sandbox.SandboxRuns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring from a faked supervisor report: the exercise's weights decide the points, hidden tests stay hidden. */
class ScoreCalculatorTest {
    private static final SandboxLimits LIMITS =
            new SandboxLimits(Duration.ofSeconds(2), Duration.ofSeconds(60), 64 << 20, 16, 65536, 1 << 20, 64);
    private final Exercise exercise = SandboxFixture.exercise("grid-without-aliasing");
    private final ScoreCalculator calculator = new ScoreCalculator();

    @Test
    void pointsComeFromTheExercisesWeights() {
        GradingResult result = score(report(
                test("test_visible.py", "test_make_grid_shape", "passed", null),
                test("test_hidden.py", "test_rows_are_independent", "passed", null),
                test("test_hidden.py", "test_copy_grid_leaves_original", "failed", "assert 1 == 2")));
        assertThat(result.maxScore()).isEqualTo(4.0);
        assertThat(result.score()).isEqualTo(3.0);
        assertThat(result.status()).isEqualTo(GradingStatus.FAILED);
        assertThat(result.summary()).isEqualTo("2 of 3 tests passed (3 of 4 points); 1 failed");
    }

    @Test
    void hiddenTestsShowOnlyTheirOutcomeAndHint() {
        RunnerTest leaky = new RunnerTest(
                "test_hidden.py::test_rows_are_independent",
                "test_hidden.py",
                "test_rows_are_independent",
                "test_rows_are_independent",
                "failed",
                "assert make_grid(1234, 5)[0] is not ...",
                "[[0]]",
                "[[9]]",
                "Falsifying example: test(n=3)",
                "printed secret input 1234",
                5,
                1L,
                1L,
                List.of());
        TestResult hidden = score(report(leaky)).tests().get(0);
        assertThat(hidden.visibility()).isEqualTo(Visibility.HIDDEN);
        assertThat(hidden.message()).isNull();
        assertThat(hidden.expected()).isNull();
        assertThat(hidden.actual()).isNull();
        assertThat(hidden.output()).isNull();
        assertThat(hidden.hint()).contains("[[fill] * cols] * rows");
        assertThat(hidden.counterexample()).isEqualTo("Falsifying example: test(n=3)");
    }

    @Test
    void visibleTestsKeepTheirDetailsAndPassedTestsHaveNoHint() {
        RunnerTest visible = new RunnerTest(
                "test_visible.py::test_make_grid_shape",
                "test_visible.py",
                "test_make_grid_shape",
                "test_make_grid_shape",
                "failed",
                "assert [] == [[0]]",
                "[[0]]",
                "[]",
                null,
                "hello\n",
                5,
                1L,
                1L,
                List.of());
        TestResult shown = score(report(visible)).tests().get(0);
        assertThat(shown.message()).isEqualTo("assert [] == [[0]]");
        assertThat(shown.expected()).isEqualTo("[[0]]");
        assertThat(shown.output()).isEqualTo("hello\n");
        TestResult passed = score(report(test("test_hidden.py", "test_rows_are_independent", "passed", null)))
                .tests()
                .get(0);
        assertThat(passed.hint()).isNull();
    }

    @Test
    void theMostTellingLimitDecidesTheStatusAndItsMessageReachesTheSummary() {
        GradingResult result = score(report(
                test("test_visible.py", "test_make_grid_shape", "failed", "assert 1 == 2"),
                test("test_hidden.py", "test_rows_are_independent", "timeout", "your code did not finish within 2 s"),
                test("test_hidden.py", "test_empty_grids", "memory-limit", "your code used more than 64 MiB")));
        assertThat(result.status()).isEqualTo(GradingStatus.MEMORY_LIMIT);
        assertThat(result.summary()).endsWith(": your code used more than 64 MiB");
    }

    @Test
    void noReportIsOurErrorAndATimeoutOfTheWholeJobIsTheLearners() {
        SandboxRun broken = SandboxRuns.failed("the sandbox wrote no result", LIMITS);
        assertThat(calculator.score(exercise, broken, 1, 0, 0).status()).isEqualTo(GradingStatus.ERROR);
        SandboxRun killed = SandboxRuns.timedOut(LIMITS);
        GradingResult timeout = calculator.score(exercise, killed, 1, 0, 0);
        assertThat(timeout.status()).isEqualTo(GradingStatus.TIMEOUT);
        assertThat(timeout.summary()).contains("60 s");
    }

    @Test
    void aReportOfBrokenTestsIsOurError() {
        RunnerReport report = new RunnerReport(
                1, "n", "error", "pytest exit code 4", "3.11.2", List.of(), List.of(), null, null, null);
        assertThat(score(report).status()).isEqualTo(GradingStatus.ERROR);
    }

    @Test
    void theResultCarriesTheGradersAndTheSupervisorsPhases() {
        RunnerReport report = new RunnerReport(
                1,
                "n",
                "completed",
                null,
                "3.11.2",
                List.of(test("test_visible.py", "test_make_grid_shape", "passed", null)),
                List.of(),
                null,
                null,
                Map.of("setupMs", 20L, "collectedMs", 130L, "testsMs", 900L, "totalMs", 1000L));
        Timings timings = score(report).timings();
        assertThat(timings).isEqualTo(new Timings(5, 10, 20, 40, new Timings.RunnerPhases(20, 110, 770, 100)));
        SandboxRun broken = SandboxRuns.failed("the sandbox wrote no result", LIMITS);
        assertThat(calculator.score(exercise, broken, 1, 0, 0).timings().runner())
                .isNull();
    }

    private GradingResult score(RunnerReport report) {
        return calculator.score(exercise, SandboxRuns.reported(report, LIMITS), 1.0, 5, 40);
    }

    private static RunnerReport report(RunnerTest... tests) {
        return new RunnerReport(1, "n", "completed", null, "3.11.2", List.of(tests), List.of(), null, null, null);
    }

    private static RunnerTest test(String file, String name, String outcome, String message) {
        return new RunnerTest(
                file + "::" + name, file, name, name, outcome, message, null, null, null, "", 3, 1L, 1L, List.of());
    }
}
