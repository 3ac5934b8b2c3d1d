package dev.pygrade.grader.catalog;

import com.github.dockerjava.api.DockerClient;
import dev.pygrade.exercise.CatalogRoot;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.grader.config.SandboxConfig;
import dev.pygrade.grader.config.StandaloneConfig;
import dev.pygrade.grader.grading.SandboxGrader;
import dev.pygrade.grader.sandbox.DockerClients;
import dev.pygrade.grader.sandbox.DockerSandbox;
import dev.pygrade.grader.sandbox.RuntimeSelector;
import dev.pygrade.grader.sandbox.SandboxSweeper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code exercises/check [-v] [--runtime runc|runsc|auto] [exercise folder or id ...]}: validates the catalog and
 * checks each named exercise (all when none is named) through the real sandbox; {@code -v} shows every grading's
 * failing tests and messages. It grades under runc unless told otherwise, like CI's pass over the whole catalog:
 * the verdict of code that computes does not depend on the runtime, and gVisor's start and syscalls make each
 * grading several times slower. Exit code 0 when everything passes.
 */
public final class CatalogCheckMain {
    private CatalogCheckMain() {}

    public static void main(String[] args) throws Exception {
        StandaloneConfig config = StandaloneConfig.load();
        SandboxConfig sandboxConfig = config.sandbox();
        Path root = CatalogRoot.resolve(config.exercises().root(), Path.of(""));
        ExerciseLibrary library = ExerciseLibrary.load(root, config.exercises().pythonVersions());
        boolean failed = !library.problems().isEmpty();
        library.problems().forEach(problem -> System.out.println("INVALID " + problem));
        List<String> options = new ArrayList<>(Arrays.asList(args));
        boolean verbose = options.remove("-v");
        String runtimeOption = option(options, "--runtime", RuntimeSelector.RUNC);
        if (!List.of(RuntimeSelector.RUNC, RuntimeSelector.RUNSC, "auto").contains(runtimeOption)) {
            System.out.println("--runtime must be runc, runsc or auto, not '" + runtimeOption + "'");
            System.exit(2);
        }
        args = options.toArray(String[]::new);
        List<Exercise> selected = select(library, args);
        if (selected.isEmpty() && args.length > 0) {
            System.out.println("no valid exercise matches " + String.join(" ", args));
            System.exit(2);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("pygrade.check.threads", 2));
        try (DockerClient docker = DockerClients.create(sandboxConfig.dockerHost())) {
            String runtime = RuntimeSelector.select(runtimeOption, docker);
            DockerSandbox sandbox = new DockerSandbox(
                    docker,
                    sandboxConfig,
                    runtime,
                    "catalog-check-" + ProcessHandle.current().pid());
            // Ctrl-C in the middle of a check takes the check's containers with it: first the gradings stop (so
            // none starts a container after the sweep), then whatever they left is removed.
            Thread cleanup = new Thread(() -> {
                pool.shutdownNow();
                try {
                    pool.awaitTermination(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                new SandboxSweeper(docker, sandbox).sweepOwnAtExit();
            });
            Runtime.getRuntime().addShutdownHook(cleanup);
            CatalogCheck check = new CatalogCheck(SandboxGrader.of(sandbox, sandboxConfig), pool, verbose);
            try {
                failed |= checkEach(check, selected, runtime);
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        } finally {
            pool.shutdown();
        }
        System.out.println(failed ? "catalog check FAILED" : "catalog check passed: " + selected.size() + " exercises");
        System.exit(failed ? 1 : 0);
    }

    /** Checks each exercise and prints its verdict; returns whether any failed. */
    private static boolean checkEach(CatalogCheck check, List<Exercise> selected, String runtime) {
        boolean failed = false;
        for (Exercise exercise : selected) {
            long started = System.nanoTime();
            List<String> all = check.check(exercise);
            all.stream().filter(p -> p.startsWith("(detail) ")).forEach(p -> System.out.println("     " + p));
            List<String> problems =
                    all.stream().filter(p -> !p.startsWith("(detail) ")).toList();
            String seconds = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
            if (problems.isEmpty()) {
                System.out.println("ok   " + name(exercise) + " (" + seconds + ", " + runtime + ")");
            } else {
                failed = true;
                System.out.println(
                        "FAIL " + name(exercise) + " (" + seconds + ")\n     " + String.join("\n     ", problems));
            }
        }
        return failed;
    }

    /** Removes {@code name value} from the options and returns the value, or the fallback when absent. */
    private static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= options.size()) {
            System.out.println(name + " needs a value");
            System.exit(2);
        }
        String value = options.get(at + 1);
        options.subList(at, at + 2).clear();
        return value;
    }

    private static List<Exercise> select(ExerciseLibrary library, String[] args) {
        if (args.length == 0) {
            return library.exercises();
        }
        List<String> wanted = Arrays.stream(args)
                .map(arg -> Path.of(arg).getFileName().toString())
                .toList();
        return library.exercises().stream()
                .filter(e -> wanted.contains(e.info().id()))
                .toList();
    }

    private static String name(Exercise exercise) {
        return String.format(
                Locale.ROOT,
                "day%02d %s",
                exercise.info().day(),
                exercise.info().id());
    }
}
