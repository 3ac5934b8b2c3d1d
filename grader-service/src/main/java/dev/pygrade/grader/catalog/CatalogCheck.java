package dev.pygrade.grader.catalog;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.contract.result.Timings;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseKind;
import dev.pygrade.exercise.WrongSolution;
import dev.pygrade.grader.grading.SandboxGrader;
import dev.pygrade.grader.sandbox.RunnerReport;
import dev.pygrade.grader.sandbox.SandboxRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The catalog's check of itself, through the real sandbox: the reference solution scores full marks, and every
 * known-wrong solution gets its stated status and fails the tests it says it fails. For predict-output exercises
 * the reference is made from what the image's CPython printed, so the check covers the comparison end to end.
 */
public final class CatalogCheck {
    private static final Map<String, String> LABELS = Map.of("pygrade.purpose", "catalog-check");

    private final SandboxGrader grader;
    private final ExecutorService pool;
    private final boolean verbose;

    /** @param pool runs the gradings of one exercise side by side */
    public CatalogCheck(SandboxGrader grader, ExecutorService pool) {
        this(grader, pool, false);
    }

    /** @param verbose also report every grading's failing tests with their messages, hidden ones included */
    public CatalogCheck(SandboxGrader grader, ExecutorService pool, boolean verbose) {
        this.grader = grader;
        this.pool = pool;
        this.verbose = verbose;
    }

    /** Checks one exercise; returns what is wrong with it (empty when it passes). */
    public List<String> check(Exercise exercise) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        // Longest first, so that the short gradings fill in beside them: wrong solutions that wait out time
        // limits, then the reference (two gradings in a row for predict-output: the probe, then the answers).
        List<WrongSolution> wrongs = exercise.wrong().stream()
                .sorted(Comparator.comparingInt(CatalogCheck::timeoutsToWaitOut).reversed())
                .toList();
        List<Runnable> ordered = new ArrayList<>();
        wrongs.forEach(w -> ordered.add(() -> checkWrong(exercise, w, problems)));
        int waitingOut =
                (int) wrongs.stream().filter(w -> timeoutsToWaitOut(w) > 0).count();
        ordered.add(waitingOut, () -> checkReference(exercise, problems));
        List<Future<?>> gradings = ordered.stream().map(pool::submit).collect(Collectors.toList());
        for (Future<?> grading : gradings) {
            try {
                grading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add("interrupted");
            } catch (ExecutionException e) {
                problems.add("the check itself failed: " + e.getCause());
            }
        }
        return List.copyOf(problems);
    }

    /** How many tests a wrong solution is expected to run until their time limit (at least one if it times out). */
    private static int timeoutsToWaitOut(WrongSolution wrong) {
        return "timeout".equals(wrong.status()) ? Math.max(1, wrong.fails().size()) : 0;
    }

    private void checkReference(Exercise exercise, List<String> problems) {
        Map<String, String> reference = reference(exercise, problems);
        if (reference == null) {
            return;
        }
        GradingResult result = grade(exercise, reference, problems, "reference");
        if (result != null && (result.status() != GradingStatus.PASSED || result.score() != result.maxScore())) {
            problems.add("reference scored " + result.score() + "/" + result.maxScore() + " ("
                    + result.status().wire() + "): " + failures(result)
                    + (criteria(result).isEmpty() ? "" : " | " + explanations(result)));
        }
    }

    private void checkWrong(Exercise exercise, WrongSolution wrong, List<String> problems) {
        GradingResult verdict =
                grade(exercise, Map.of(exercise.settings().learnerFile(), wrong.source()), problems, wrong.file());
        if (verdict == null) {
            return;
        }
        if (!verdict.status().wire().equals(wrong.status())) {
            problems.add(wrong.file() + " got " + verdict.status().wire() + ", expected " + wrong.status() + " ("
                    + verdict.summary() + ")");
        }
        Set<String> failed = verdict.tests().stream()
                .filter(t -> t.status() != TestStatus.PASSED)
                .map(TestResult::id)
                .collect(Collectors.toSet());
        for (String test : wrong.fails()) {
            if (!failed.contains(test)) {
                problems.add(wrong.file() + " passed " + test + ", which it must fail");
            }
        }
        if (verdict.maxScore() > 0 && verdict.score() >= verdict.maxScore()) {
            problems.add(wrong.file() + " scored full marks");
        }
        if (wrong.misses() != null) {
            Set<String> missed = criteria(verdict).stream()
                    .filter(c -> c.verdict().equals("missed") || c.verdict().equals("partial"))
                    .map(Criterion::key)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!missed.equals(new TreeSet<>(wrong.misses()))) {
                problems.add(wrong.file() + " missed the performance criteria " + missed + ", expected exactly "
                        + new TreeSet<>(wrong.misses()) + " (" + explanations(verdict) + ")");
            }
        }
    }

    private static List<Criterion> criteria(GradingResult result) {
        List<Criterion> all = new ArrayList<>();
        if (result.performance() != null) {
            all.addAll(result.performance().criteria());
        }
        if (result.memory() != null) {
            all.addAll(result.memory().criteria());
        }
        return all;
    }

    private static String explanations(GradingResult result) {
        return criteria(result).stream()
                .map(c -> c.key() + " " + c.verdict() + ": " + c.explanation())
                .collect(Collectors.joining("; "));
    }

    private Map<String, String> reference(Exercise exercise, List<String> problems) {
        if (exercise.info().kind() != ExerciseKind.PREDICT_OUTPUT) {
            return exercise.files().reference();
        }
        // Ask the image what each snippet prints, then grade those answers as the reference.
        SandboxRun probe = grader.run(exercise, Map.of(exercise.settings().learnerFile(), "ANSWERS = {}\n"), LABELS);
        RunnerReport probed = probe.outcome().report();
        if (probed == null || probed.truths() == null) {
            problems.add("could not get the snippets' output from the sandbox: "
                    + probe.outcome().failure());
            return null;
        }
        return Map.of(exercise.settings().learnerFile(), PredictionAnswers.module(probed.truths()));
    }

    private GradingResult grade(Exercise exercise, Map<String, String> files, List<String> problems, String what) {
        SandboxRun run = grader.run(exercise, files, LABELS);
        GradingResult result = grader.score(exercise, run, 0, run.timing().totalMillis());
        if (verbose) {
            problems.add("(detail) " + what + " (started in " + run.timing().startMillis() + " ms, "
                    + run.timing().runMillis()
                    + " ms in the sandbox" + phases(run) + "): "
                    + result.summary()
                    + details(run));
        }
        if (result.status() == GradingStatus.ERROR) {
            problems.add(
                    what + ": grading error: " + result.summary() + (run.log().isBlank() ? "" : "\n" + run.log()));
            return null;
        }
        return result;
    }

    /** For authors: each test that did not pass, with the supervisor's message (hidden tests included). */
    private static String details(SandboxRun run) {
        RunnerReport report = run.outcome().report();
        if (report == null) {
            return " [" + run.outcome().failure() + "]";
        }
        return slowestPassed(report)
                + instructionCounts(report)
                + report.testsOrEmpty().stream()
                        .filter(t -> !"passed".equals(t.outcome()))
                        .map(t -> "\n         " + t.id() + " " + t.outcome() + " (" + t.durationMs() + " ms)"
                                + (t.message() != null ? ": " + t.message().replace("\n", "\n           ") : "")
                                + (t.output() != null && !t.output().isBlank()
                                        ? "\n           printed: "
                                                + t.output().strip().replace("\n", "\n           ")
                                        : ""))
                        .collect(Collectors.joining());
    }

    /** For authors: how the supervisor's time split between setup, collection, the tests and the benchmark. */
    private static String phases(SandboxRun run) {
        RunnerReport report = run.outcome().report();
        Timings.RunnerPhases phases = report == null ? null : report.phases();
        if (phases == null) {
            return "";
        }
        return "; setup " + phases.setupMs() + " ms, collection " + phases.collectMs() + " ms, tests "
                + phases.testsMs() + " ms"
                + (report.benchmark() != null
                        ? ", benchmark " + phases.benchmarkMs() + " ms" + benchmarkPhases(report)
                        : "");
    }

    private static String benchmarkPhases(RunnerReport report) {
        Map<String, Long> phases = report.benchmark().phasesMs();
        if (phases == null || phases.isEmpty()) {
            return "";
        }
        return phases.entrySet().stream()
                .map(p -> p.getKey() + " " + p.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** For authors choosing time_per_test (a limit on the learner's CPU time): the test that passed with the most. */
    private static String slowestPassed(RunnerReport report) {
        return report.testsOrEmpty().stream()
                .filter(t -> "passed".equals(t.outcome()) && t.learnerCpuMs() != null)
                .max(Comparator.comparingLong(RunnerReport.RunnerTest::learnerCpuMs))
                .map(t -> "\n         most CPU of a passing test: " + t.id() + " (" + t.learnerCpuMs() + " ms of CPU, "
                        + t.durationMs() + " ms in all)")
                .orElse("");
    }

    /** For authors: the instructions counted per size, learner against reference ("≥" where it was stopped). */
    private static String instructionCounts(RunnerReport report) {
        if (report.benchmark() == null || report.benchmark().sizesOrEmpty().isEmpty()) {
            return "";
        }
        return report.benchmark().sizesOrEmpty().stream()
                .map(s -> "n=" + s.n() + ": " + (s.isIncomplete() ? "≥" : "") + s.learner() + "/" + s.reference())
                .collect(Collectors.joining(", ", "\n         instructions (learner/reference): ", ""));
    }

    private static String failures(GradingResult result) {
        return result.tests().stream()
                .filter(t -> t.status() != TestStatus.PASSED)
                .map(t -> t.id() + " " + t.status().wire() + (t.message() != null ? ": " + t.message() : ""))
                .collect(Collectors.joining("; "));
    }
}
