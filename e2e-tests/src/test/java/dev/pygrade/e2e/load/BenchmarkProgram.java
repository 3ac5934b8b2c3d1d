package dev.pygrade.e2e.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark program, not a test (deploy/benchmark.sh): measures a running Pygrade through its public API and,
 * in the same run, the floors it is compared with, then prints the ratios. Only ratios against floors of the same run
 * mean anything: the machine's speed and load change both alike.
 *
 * <ul>
 *   <li>floor: a bare sandbox, {@code docker run --rm --network none --runtime R <image> python3 -c pass}, per
 *       runtime (median of several);
 *   <li>floor: the exercise's tests with its reference, run with pytest directly on the host, one process per core
 *       (runs per second);
 *   <li>serial: one submission at a time, from its POST to its graded answer ({@code GET …?wait=}), p50 and p95;
 *   <li>burst: C clients, each submitting the reference and waiting for its grade, over and over, until B are graded
 *       (graded per second); every one must get full marks, once, and none may be lost.
 * </ul>
 *
 * <p>Arguments: {@code --runtime R} (the stack's sandbox runtime: runsc or runc; default runsc), {@code --serial N}
 * (15), {@code --burst B} (60), {@code --clients "2,8,32"}, {@code --exercises "append-to-fresh-list,exact-money"},
 * {@code --url U}, {@code --key-file F}, {@code --image I} (pygrade-python:latest).
 */
public final class BenchmarkProgram {
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final Pattern MODULE = Pattern.compile("(?m)^module:\\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?\\s*$");

    private final StackClient api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger learners = new AtomicInteger();
    private boolean faultless = true;

    private BenchmarkProgram(StackClient api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = StackClient.options(args);
        String runtime = options.getOrDefault("runtime", "runsc");
        if (!List.of("runc", "runsc").contains(runtime)) {
            throw new IllegalArgumentException("--runtime must be runc or runsc, not '" + runtime + "'");
        }
        int serial = Integer.parseInt(options.getOrDefault("serial", "15"));
        int burst = Integer.parseInt(options.getOrDefault("burst", "60"));
        List<Integer> clients = Arrays.stream(
                        options.getOrDefault("clients", "2,8,32").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        List<String> exercises = Arrays.stream(options.getOrDefault("exercises", "append-to-fresh-list,exact-money")
                        .split(","))
                .map(String::strip)
                .toList();
        String image = options.getOrDefault("image", "pygrade-python:latest");
        StackClient api = new StackClient(options.getOrDefault("url", "http://localhost:8080"));
        api.useInstructorKey(
                Files.readString(Path.of(options.getOrDefault("key-file", ".pygrade/admin-key")))
                        .strip(),
                "benchmark-program");
        BenchmarkProgram benchmark = new BenchmarkProgram(api);

        System.out.printf(
                "# Pygrade benchmark, %s%nmachine: %d cores, %s; the stack's sandbox runtime: %s%n%n",
                Instant.now(), CORES, cpuModel(), runtime);
        System.out.println("## Floors (same run)\n");
        Map<String, Double> bare = new LinkedHashMap<>();
        for (String r : List.of("runc", "runsc")) {
            bare.put(r, bareContainerSeconds(image, r, 7));
            System.out.printf(
                    "- bare sandbox under %s (`docker run --rm … python3 -c pass`, median of 7): %.2f s%n",
                    r, bare.get(r));
        }
        for (String exercise : exercises) {
            double[] host = hostFloor(exerciseDirectory(exercise));
            System.out.printf(
                    "- %s's tests with its reference on the host, pytest, one process per core: %.2f s a run, %.2f"
                            + " runs/s%n",
                    exercise, host[0], host[1]);
            benchmark.exercise(exercise, runtime, serial, burst, clients, bare.get(runtime), host[1]);
        }
        System.out.printf("%nevery reference got full marks, once, and none was lost: %s%n", benchmark.faultless);
        System.exit(benchmark.faultless ? 0 : 1);
    }

    private void exercise(
            String exercise, String runtime, int serial, int burst, List<Integer> clients, double bare, double host)
            throws Exception {
        String source = Files.readString(exerciseDirectory(exercise).resolve("solution.py"));
        System.out.printf("%n## %s (%s)%n%n", exercise, runtime);
        grade(exercise, source); // the first grading of a run starts sandboxes and warms the JIT: not counted
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < serial; i++) {
            latencies.add(grade(exercise, source));
        }
        Collections.sort(latencies);
        double p50 = StackClient.percentile(latencies, 0.5);
        System.out.printf(
                "- serial, POST → graded, %d in a row: p50 %.2f s, p95 %.2f s; p50 / bare %s sandbox = %.2f%n",
                serial, p50, StackClient.percentile(latencies, 0.95), runtime, p50 / bare);
        for (int c : clients) {
            double rate = burst(exercise, source, burst, c);
            System.out.printf(
                    "- burst of %d, %d clients: %.2f graded/s; / host floor = %.2f%n", burst, c, rate, rate / host);
        }
    }

    /** One submission, from its POST to its graded answer; seconds. */
    private double grade(String exercise, String source) throws IOException {
        long sent = System.nanoTime();
        String id = accept(api.submit(exercise, source, learner()));
        JsonNode graded = awaitGraded(id);
        double seconds = (System.nanoTime() - sent) / 1e9;
        check(exercise, graded);
        return seconds;
    }

    /** Graded per second while {@code clients} clients submit and wait, until {@code count} are graded. */
    private double burst(String exercise, String source, int count, int clients) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<Object>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    grade(exercise, source);
                }
                return null;
            }));
        }
        for (Future<Object> client : runs) {
            client.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private String accept(HttpResponse<String> response) throws IOException {
        if (response == null || response.statusCode() != 202) {
            throw new IllegalStateException("submission refused: "
                    + (response == null ? "no answer" : response.statusCode() + " " + response.body()));
        }
        return StackClient.JSON.readTree(response.body()).get("id").asText();
    }

    private JsonNode awaitGraded(String id) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode submission = api.submission(id, 60);
            if (submission != null && StackClient.isFinal(submission)) {
                return submission;
            }
        }
        throw new IllegalStateException("lost: " + id + " was not graded within " + PATIENCE);
    }

    private void check(String exercise, JsonNode graded) {
        JsonNode result = graded.get("result");
        boolean full = graded.get("status").asText().equals("graded")
                && result.get("score").asDouble() == result.get("maxScore").asDouble();
        boolean once = graded.get("attempts").size() == 1;
        if (!full || !once) {
            faultless = false;
            System.out.printf(
                    "  ! %s %s: %s, %d attempts: %s%n",
                    exercise,
                    graded.get("id").asText(),
                    graded.get("status").asText(),
                    graded.get("attempts").size(),
                    result == null ? "-" : result.get("summary").asText());
        }
    }

    /** A learner of their own per submission: the per-learner rate limit is not what is measured. */
    private String learner() {
        return "bench-" + run + "-" + learners.incrementAndGet();
    }

    private static double bareContainerSeconds(String image, String runtime, int runs) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            run(
                    Path.of("."),
                    "docker",
                    "run",
                    "--rm",
                    "--network",
                    "none",
                    "--runtime",
                    runtime,
                    image,
                    "python3",
                    "-c",
                    "pass");
            seconds.add((System.nanoTime() - started) / 1e9);
        }
        Collections.sort(seconds);
        return StackClient.percentile(seconds, 0.5);
    }

    /** {seconds per run (median), runs per second with one process per core}. */
    private static double[] hostFloor(Path exercise) throws Exception {
        Path work = Files.createTempDirectory("pygrade-host-floor");
        String module = moduleOf(exercise);
        Files.copy(exercise.resolve("solution.py"), work.resolve(module + ".py"));
        copyTree(exercise.resolve("tests"), work.resolve("tests"));
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            pytest(work);
            single.add((System.nanoTime() - started) / 1e9);
        }
        Collections.sort(single);
        int runs = 6 * CORES;
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        long started = System.nanoTime();
        List<Future<Object>> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(pool.submit(() -> {
                pytest(work);
                return null;
            }));
        }
        for (Future<Object> each : all) {
            each.get();
        }
        pool.shutdown();
        return new double[] {StackClient.percentile(single, 0.5), runs / ((System.nanoTime() - started) / 1e9)};
    }

    private static void pytest(Path work) throws Exception {
        run(
                work,
                "env",
                "PYTEST_DISABLE_PLUGIN_AUTOLOAD=1",
                "PYTHONPATH=" + work + ":" + work.resolve("tests"),
                "python3",
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-q",
                "tests");
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed in " + directory);
        }
    }

    private static Path exerciseDirectory(String id) throws IOException {
        try (Stream<Path> days = Files.list(Path.of("exercises"))) {
            return days.map(day -> day.resolve(id))
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no exercise '" + id + "' under exercises/"));
        }
    }

    private static String moduleOf(Path exercise) throws IOException {
        Matcher module = MODULE.matcher(Files.readString(exercise.resolve("exercise.yaml")));
        return module.find() ? module.group(1) : "solution";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown CPU");
    }
}
