package dev.pygrade.grader.scoring;

import dev.pygrade.contract.result.Environment;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.contract.result.Timings;
import dev.pygrade.contract.result.Visibility;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.TestSpec;
import dev.pygrade.grader.performance.PerformanceGate;
import dev.pygrade.grader.performance.PerformanceScore;
import dev.pygrade.grader.performance.PerformanceScorer;
import dev.pygrade.grader.sandbox.RunEnvironment;
import dev.pygrade.grader.sandbox.RunnerReport;
import dev.pygrade.grader.sandbox.RunnerReport.RunnerTest;
import dev.pygrade.grader.sandbox.SandboxRun;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the supervisor's report into the learner's result. Points come from the exercise's weights here, not from
 * the sandbox; hidden tests keep only their outcome, their hint and (for a failing property) the generated
 * counterexample, never a message, values or output that could reveal their inputs.
 */
public final class ScoreCalculator {
    private static final int MAX_OUTPUT = 4000;

    public GradingResult score(Exercise exercise, SandboxRun run, double cpus, long queuedMs, long totalMs) {
        RunnerReport report = run.outcome().report();
        RunEnvironment ran = run.environment();
        Environment environment = new Environment(
                report != null ? report.pythonVersion() : null,
                ran.image(),
                ran.imageId(),
                ran.runtime(),
                ran.limits().toContract(cpus));
        Timings timings = new Timings(
                queuedMs,
                run.timing().startMillis(),
                run.timing().runMillis(),
                totalMs,
                report != null ? report.phases() : null);
        if (run.outcome().timedOut()) {
            return withoutTests(
                    exercise,
                    GradingStatus.TIMEOUT,
                    "your code did not finish within the total time limit of "
                            + ran.limits().timeTotal().toSeconds() + " s",
                    environment,
                    timings);
        }
        if (report == null) {
            return withoutTests(
                    exercise,
                    GradingStatus.ERROR,
                    "Pygrade could not grade this submission (" + run.outcome().failure()
                            + "); it does not count against you",
                    environment,
                    timings);
        }
        if (!report.completed()) {
            return withoutTests(
                    exercise,
                    GradingStatus.ERROR,
                    "the exercise's tests could not run; it does not count against you",
                    environment,
                    timings);
        }
        List<TestResult> tests = new ArrayList<>();
        double score = 0;
        double maxScore = 0;
        for (RunnerTest test : report.testsOrEmpty()) {
            TestResult result = toResult(exercise, test);
            tests.add(result);
            score += result.score();
            maxScore += result.maxScore();
        }
        PerformanceScore performance = exercise.benchmark() != null
                ? PerformanceScorer.score(
                        exercise.benchmark(),
                        report.benchmark(),
                        PerformanceGate.reason(exercise.benchmark(), report.testsOrEmpty()))
                : null;
        if (performance != null) {
            score += performance.score();
            maxScore += performance.maxScore();
        }
        GradingStatus status = OverallStatus.of(tests, performance);
        // Limit and crash messages are the supervisor's own words about the limit, never test content.
        String limitMessage = report.testsOrEmpty().stream()
                .filter(t -> t.outcome().equals(status.wire()) && t.message() != null)
                .map(RunnerTest::message)
                .findFirst()
                .orElse(null);
        return new GradingResult(
                GradingResult.SCHEMA_VERSION,
                status,
                round(score),
                round(maxScore),
                Summary.of(status, tests, limitMessage, performance),
                exercise.source().version(),
                tests,
                performance != null ? performance.performance() : null,
                performance != null ? performance.memory() : null,
                environment,
                timings);
    }

    private static TestResult toResult(Exercise exercise, RunnerTest test) {
        TestSpec spec = exercise.scoring().testSpec(test.id());
        TestStatus status = TestStatus.fromWire(test.outcome());
        boolean passed = status == TestStatus.PASSED;
        Visibility visibility = exercise.files().isVisibleFile(test.file()) ? Visibility.VISIBLE : Visibility.HIDDEN;
        String hint = passed ? null : spec.hint();
        if (visibility == Visibility.HIDDEN) {
            return new TestResult(
                    test.id(),
                    test.name(),
                    status,
                    visibility,
                    passed ? spec.weight() : 0,
                    spec.weight(),
                    null,
                    null,
                    null,
                    hint,
                    passed ? null : test.counterexample(),
                    null,
                    test.durationMs());
        }
        return new TestResult(
                test.id(),
                test.name(),
                status,
                visibility,
                passed ? spec.weight() : 0,
                spec.weight(),
                test.message(),
                test.expected(),
                test.actual(),
                hint,
                test.counterexample(),
                cap(test.output()),
                test.durationMs());
    }

    private static GradingResult withoutTests(
            Exercise exercise, GradingStatus status, String summary, Environment environment, Timings timings) {
        return new GradingResult(
                GradingResult.SCHEMA_VERSION,
                status,
                0,
                0,
                summary,
                exercise.source().version(),
                List.of(),
                null,
                null,
                environment,
                timings);
    }

    private static String cap(String output) {
        if (output == null || output.isEmpty()) {
            return null;
        }
        return output.length() <= MAX_OUTPUT ? output : output.substring(0, MAX_OUTPUT) + "\n[output truncated]";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
