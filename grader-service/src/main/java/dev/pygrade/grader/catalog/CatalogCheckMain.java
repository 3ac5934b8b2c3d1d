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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code exercises/check [-v] [--runtime runc|runsc|auto] [exercise folder or id ...]}: validates the catalog and
 * checks each named exercise (all when none is named) through the real sandbox; {@code -v} shows every grading's
 * failing tests and messages. It grades under runc unless told otherwise, like CI's pass over the whole catalog:
 * the verdict of code that computes does not depend on the runtime, and gVisor's start and syscalls make each
 * grading several times slower. Exit code 0 when everything passes, 1 when something fails, 2 for bad arguments.
 * The script runs it through the grader's own entry point, {@code java -jar quarkus-run.jar catalog-check …}
 * ({@link dev.pygrade.grader.Main}), which starts no Quarkus application; so plain picocli, not quarkus-picocli.
 */
@Command(
        name = "exercises/check",
        sortOptions = false,
        description = "Validates the catalog and checks exercises through the real sandbox: every reference scores"
                + " full marks, every known-wrong solution gets its stated verdict.")
public final class CatalogCheckMain implements Callable<Integer> {
    /** The grader jar's first argument that runs this check instead of the grader. */
    public static final String COMMAND = "catalog-check";

    private static final List<String> RUNTIMES = List.of(RuntimeSelector.RUNC, RuntimeSelector.RUNSC, "auto");

    @Option(names = "-v", description = "Show every grading's time, failing tests and their messages.")
    boolean verbose;

    @Option(
            names = "--runtime",
            paramLabel = "runc|runsc|auto",
            converter = RuntimeConverter.class,
            description = "The container runtime to grade under (default: ${DEFAULT-VALUE}).")
    String runtime = RuntimeSelector.RUNC;

    @Parameters(paramLabel = "EXERCISE", description = "An exercise's id or folder; the whole catalog when none.")
    List<String> exercises = new ArrayList<>();

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    CatalogCheckMain() {}

    public static void main(String[] args) {
        // System.exit also ends the Docker client's threads.
        System.exit(new CommandLine(new CatalogCheckMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        StandaloneConfig config = StandaloneConfig.load();
        SandboxConfig sandboxConfig = config.sandbox();
        Path root = CatalogRoot.resolve(config.exercises().root(), Path.of(""));
        ExerciseLibrary library = ExerciseLibrary.load(root, config.exercises().pythonVersions());
        boolean failed = !library.problems().isEmpty();
        library.problems().forEach(problem -> System.out.println("INVALID " + problem));
        List<Exercise> selected = select(library, exercises);
        if (selected.isEmpty() && !exercises.isEmpty()) {
            System.out.println("no valid exercise matches " + String.join(" ", exercises));
            return 2;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("pygrade.check.threads", 2));
        try (DockerClient docker = DockerClients.create(sandboxConfig.dockerHost())) {
            String engineRuntime = RuntimeSelector.select(runtime, docker);
            DockerSandbox sandbox = new DockerSandbox(
                    docker,
                    sandboxConfig,
                    engineRuntime,
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
                failed |= checkEach(check, selected, engineRuntime);
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        } finally {
            pool.shutdown();
        }
        System.out.println(failed ? "catalog check FAILED" : "catalog check passed: " + selected.size() + " exercises");
        return failed ? 1 : 0;
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

    private static List<Exercise> select(ExerciseLibrary library, List<String> args) {
        if (args.isEmpty()) {
            return library.exercises();
        }
        List<String> wanted =
                args.stream().map(arg -> Path.of(arg).getFileName().toString()).toList();
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

    /** Accepts only the runtimes {@link RuntimeSelector} knows, and names them when the value is not one. */
    static final class RuntimeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!RUNTIMES.contains(value)) {
                throw new TypeConversionException("'" + value + "' is not runc, runsc or auto");
            }
            return value;
        }
    }
}
