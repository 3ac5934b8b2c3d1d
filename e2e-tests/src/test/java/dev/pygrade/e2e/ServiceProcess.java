package dev.pygrade.e2e;

import dev.pygrade.testkit.Ports;
import dev.pygrade.testkit.Processes;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A packaged Quarkus service run as its own process, as in production: it can be stopped, killed, restarted. */
final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String name;
    private final Path jar;
    private final Map<String, String> properties;
    private final int port;
    private final Integer managementPort;
    private final Path log;
    private Process process;

    ServiceProcess(String name, String module, Map<String, String> properties) {
        this(name, module, properties, false);
    }

    /** @param managementInterface the service serves /q/health and /q/metrics on a port of their own */
    ServiceProcess(String name, String module, Map<String, String> properties, boolean managementInterface) {
        this.name = name;
        this.jar = RepositoryRoot.get().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + module + " first");
        }
        this.properties = new HashMap<>(properties);
        this.port = Ports.free();
        this.managementPort = managementInterface ? Ports.free() : null;
        try {
            Path logs = RepositoryRoot.get().resolve("e2e-tests/target/service-logs");
            Files.createDirectories(logs);
            this.log = logs.resolve(name + ".log");
            Files.deleteIfExists(log); // one log per test run; restarts of this process append to it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a property for the next start. */
    ServiceProcess with(String key, String value) {
        properties.put(key, value);
        return this;
    }

    ServiceProcess start() {
        List<String> command = new ArrayList<>(List.of(Processes.javaBinary(), "-Xmx384m", "-XX:+UseSerialGC"));
        command.add("-Dquarkus.http.port=" + port);
        if (managementPort != null) {
            command.add("-Dquarkus.management.port=" + managementPort);
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        process = Processes.start(command, log);
        awaitReady(Duration.ofSeconds(90));
        return this;
    }

    /** SIGTERM: a graceful shutdown. */
    void stop() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    /** SIGTERM without waiting: the graceful shutdown begins. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL: a crash. */
    void kill() {
        Processes.kill(process);
    }

    /** How many gradings this process has logged as done (grader-service), over all its starts. */
    int gradedCount() {
        return logLines("graded submission ");
    }

    /** How many lines of this process's log, over all its starts, contain {@code text}. */
    int logLines(String text) {
        try (var lines = Files.lines(log)) {
            return (int) lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where /q/health and /q/metrics are: the management port, or the service's only port. */
    String managementUrl() {
        return managementPort != null ? "http://127.0.0.1:" + managementPort : baseUrl();
    }

    /** The HTTP status /q/health/ready answers now, or -1 when nothing answers. */
    int readinessStatus() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (readinessStatus() == 200) {
                return;
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }
}
