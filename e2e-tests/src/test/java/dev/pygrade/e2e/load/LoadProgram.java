package dev.pygrade.e2e.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load program, not a test (deploy/load.sh): sends N submissions to a running Pygrade as fast as a few clients
 * can, then waits until every accepted one is graded, and prints the accept latency (p50, p99, max), the drain
 * time and how many accepted submissions were lost (never graded). It creates an instructor API key with a rate
 * high enough for the burst and spreads the submissions over many learners, as an LMS would.
 *
 * <p>Arguments: {@code --count N} (2000), {@code --clients C} (16), {@code --url U} (http://localhost:8080),
 * {@code --key-file F} (.pygrade/admin-key), {@code --drain-timeout-minutes M} (120).
 */
public final class LoadProgram {
    private static final String EXERCISE = "append-to-fresh-list";
    private static final int PER_LEARNER = 8; // under the default per-learner burst of 10

    private final StackClient api;

    private LoadProgram(StackClient api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = StackClient.options(args);
        int count = Integer.parseInt(options.getOrDefault("count", "2000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        Duration drainTimeout =
                Duration.ofMinutes(Long.parseLong(options.getOrDefault("drain-timeout-minutes", "120")));
        String adminKey = Files.readString(Path.of(options.getOrDefault("key-file", ".pygrade/admin-key")))
                .trim();
        StackClient api = new StackClient(options.getOrDefault("url", "http://localhost:8080"));
        api.useInstructorKey(adminKey, "load-program");
        String source = Files.readString(Path.of(
                options.getOrDefault("solution", "exercises/day14-arguments/append-to-fresh-list/solution.py")));
        new LoadProgram(api).run(count, clients, drainTimeout, source);
    }

    private void run(int count, int clients, Duration drainTimeout, String source) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Double> latenciesMillis = Collections.synchronizedList(new ArrayList<>());
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String learner = "load-" + run + "-" + (i / PER_LEARNER);
            pool.submit(() -> {
                long sent = System.nanoTime();
                HttpResponse<String> response = api.submit(EXERCISE, source, learner);
                latenciesMillis.add((System.nanoTime() - sent) / 1e6);
                if (response != null && response.statusCode() == 202) {
                    accepted.add(
                            StackClient.JSON.readTree(response.body()).get("id").asText());
                } else {
                    refused.computeIfAbsent(response == null ? -1 : response.statusCode(), s -> new AtomicInteger())
                            .incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "sent %d submissions with %d clients in %.1f s: %d accepted, refused %s%n",
                count, clients, sendSeconds, accepted.size(), refused);
        List<Double> sorted = new ArrayList<>(latenciesMillis);
        Collections.sort(sorted);
        System.out.printf(
                "accept latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                StackClient.percentile(sorted, 0.50),
                StackClient.percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1));

        Set<String> pending = ConcurrentHashMap.newKeySet();
        pending.addAll(accepted);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        long lastReport = 0;
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (String id : List.copyOf(pending)) {
                JsonNode submission = api.submission(id, 0);
                if (submission == null) {
                    continue;
                }
                String status = submission.get("status").asText();
                if (StackClient.isFinal(submission)) {
                    pending.remove(id);
                    outcomes.computeIfAbsent(
                                    status + "/"
                                            + submission.at("/result/status").asText(),
                                    s -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                lastReport = System.nanoTime();
                System.out.printf(
                        "  %.0f s: %d of %d graded%n",
                        (System.nanoTime() - started) / 1e9, accepted.size() - pending.size(), accepted.size());
            }
            Thread.sleep(1000);
        }
        double drainSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "drain: every accepted submission graded %.1f s after the first was sent (%.1f per second)%n",
                drainSeconds, accepted.size() / drainSeconds);
        System.out.printf("outcomes: %s%n", outcomes);
        System.out.printf(
                "lost: %d (accepted but not graded within %d min)%n", pending.size(), drainTimeout.toMinutes());
        System.exit(pending.isEmpty() ? 0 : 1);
    }
}
