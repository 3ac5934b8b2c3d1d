package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.PerformanceReport.SizeSample;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.grader.sandbox.SandboxFixture;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stability benchmark of performance grading (a program, not a test): grades one solution 10 times and reports
 * the spread of its instruction ratio and whether its counts were the same every time, then grades a labelled set of
 * solutions of known complexity and prints the confusion matrix. With {@code --neighbour} a CPU hog runs on core 1
 * meanwhile. Run it with deploy/perf-stability.sh.
 */
public final class StabilityBenchmark {
    private static final Path HOME = RepositoryRoot.get().resolve("grader-service/src/test/resources/stability");
    private static final Map<String, String> LABELS =
            Map.of("1", "O(1)", "logn", "O(log n)", "n", "O(n)", "nlogn", "O(n log n)", "n2", "O(n^2)", "n3", "O(n^3)");

    private StabilityBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean neighbour = List.of(args).contains("--neighbour");
        int repeats = Integer.getInteger("repeats", 10);
        Process hog = null;
        if (neighbour) {
            hog = new ProcessBuilder("taskset", "-c", "1", "python3", "-c", "while True: pass")
                    .inheritIO()
                    .start();
        }
        long started = System.nanoTime();
        try (SandboxFixture sandbox = SandboxFixture.start("auto")) {
            ExerciseLibrary library = ExerciseLibrary.load(HOME.resolve("exercises"), Set.of("3.11"));
            if (!library.problems().isEmpty()) {
                throw new IllegalStateException(library.problems().toString());
            }
            Map<String, Exercise> exercises = new LinkedHashMap<>();
            library.exercises().forEach(e -> exercises.put(e.info().id(), e));
            System.out.printf(Locale.ROOT, "stability benchmark (%s neighbour)%n", neighbour ? "busy" : "no");
            if (repeats > 1) {
                repeatability(sandbox, exercises.get("count-duplicates"), repeats);
            }
            confusion(sandbox, exercises);
            System.out.printf(Locale.ROOT, "took %.0f s%n", (System.nanoTime() - started) / 1e9);
        } finally {
            if (hog != null) {
                hog.destroyForcibly();
            }
        }
        System.exit(0);
    }

    private static void repeatability(SandboxFixture sandbox, Exercise exercise, int repeats) throws IOException {
        String source = Files.readString(HOME.resolve("solutions/count-duplicates__n_loop.py"));
        List<Double> ratios = new ArrayList<>();
        Set<List<Long>> counts = new HashSet<>();
        Set<String> grades = new HashSet<>();
        for (int i = 0; i < repeats; i++) {
            GradingResult result = grade(sandbox, exercise, source);
            double ratio = result.performance().ratio();
            ratios.add(ratio);
            counts.add(result.performance().sizes().stream()
                    .map(SizeSample::learnerInstructions)
                    .toList());
            grades.add(result.score() + " "
                    + result.performance().learnerComplexity().complexityClass());
            System.out.printf(
                    Locale.ROOT,
                    "  run %2d: ratio %.4f, score %s, class %s%n",
                    i + 1,
                    ratio,
                    result.score(),
                    result.performance().learnerComplexity().complexityClass());
        }
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double spread = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "ratio of count-duplicates/n_loop over %d gradings: mean %.4f, spread (max - min) %.2f%% of the mean;"
                        + " %d distinct count vector(s), %d distinct score and class%n",
                ratios.size(),
                mean,
                100 * spread / mean,
                counts.size(),
                grades.size());
    }

    private static void confusion(SandboxFixture sandbox, Map<String, Exercise> exercises) throws IOException {
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        int correct = 0;
        int total = 0;
        int linearQuadratic = 0;
        int tolerated = 0;
        List<Path> solutions;
        try (Stream<Path> files = Files.list(HOME.resolve("solutions"))) {
            solutions = files.sorted().toList();
        }
        for (Path file : solutions) {
            String name = file.getFileName().toString().replace(".py", "");
            String exerciseId = name.substring(0, name.indexOf("__"));
            String label = LABELS.get(name.substring(name.indexOf("__") + 2).split("_")[0]);
            GradingResult result = grade(sandbox, exercises.get(exerciseId), Files.readString(file));
            var complexity = result.performance().learnerComplexity();
            String fitted = complexity == null ? "none" : complexity.complexityClass();
            boolean withinAmbiguity = complexity != null
                    && complexity.note() != null
                    && complexity.note().endsWith(label);
            if (!label.equals(fitted) && withinAmbiguity) {
                tolerated++;
            }
            matrix.computeIfAbsent(label, k -> new TreeMap<>()).merge(fitted, 1, Integer::sum);
            total++;
            if (label.equals(fitted)) {
                correct++;
            }
            if (label.equals("O(n)") && fitted.equals("O(n^2)") || label.equals("O(n^2)") && fitted.equals("O(n)")) {
                linearQuadratic++;
            }
            String samples = result.performance().sizes().stream()
                    .map(z -> String.format(
                            Locale.ROOT,
                            "%d:%d/%d%s",
                            z.n(),
                            z.learnerInstructions(),
                            z.referenceInstructions(),
                            z.incomplete() ? "+" : ""))
                    .collect(Collectors.joining(" "));
            System.out.printf(
                    Locale.ROOT,
                    "  %-32s true %-10s fitted %-10s (confidence %.2f)  " + samples + "%n",
                    name,
                    label,
                    fitted,
                    result.performance().learnerComplexity() == null
                            ? 0
                            : result.performance().learnerComplexity().confidence());
        }
        System.out.println("confusion matrix (rows: true class, columns: fitted class)");
        matrix.forEach((label, row) -> System.out.printf(Locale.ROOT, "  %-10s %s%n", label, row));
        System.out.printf(
                Locale.ROOT,
                "complexity accuracy %d/%d = %.1f%% exact, %d/%d = %.1f%% counting a neighbour the fitter reported"
                        + " it could not rule out; O(n)/O(n^2) confusions: %d%n",
                correct,
                total,
                100.0 * correct / total,
                correct + tolerated,
                total,
                100.0 * (correct + tolerated) / total,
                linearQuadratic);
    }

    private static GradingResult grade(SandboxFixture sandbox, Exercise exercise, String source) {
        return sandbox.grader()
                .score(exercise, sandbox.grader().run(exercise, Map.of("solution.py", source), Map.of()), 0, 0);
    }
}
