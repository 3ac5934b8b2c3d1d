package dev.pygrade.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.grader.config.SandboxConfig;
import dev.pygrade.grader.config.StandaloneConfig;
import dev.pygrade.grader.grading.SandboxGrader;
import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The real sandbox (local Docker engine, real image) for tests, with its own instance label. */
public final class SandboxFixture implements AutoCloseable {
    private static ExerciseLibrary library;

    private final DockerClient docker;
    private final DockerSandbox sandbox;
    private final SandboxGrader grader;
    private final SandboxConfig config;

    /** @param runtime runc, runsc, or auto (what the engine offers, as in production) */
    private SandboxFixture(String runtime) {
        System.setProperty("pygrade.sandbox.image", DockerEngine.sandboxImage());
        config = StandaloneConfig.load().sandbox();
        docker = DockerClients.create(config.dockerHost());
        sandbox =
                new DockerSandbox(docker, config, RuntimeSelector.select(runtime, docker), "test-" + UUID.randomUUID());
        grader = SandboxGrader.of(sandbox, config);
    }

    public static SandboxFixture start(String runtime) {
        return new SandboxFixture(runtime);
    }

    public static List<String> runtimes() {
        return List.of(RuntimeSelector.RUNC, RuntimeSelector.RUNSC);
    }

    public static synchronized Exercise exercise(String id) {
        return library().exercises().stream()
                .filter(e -> e.info().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no exercise " + id));
    }

    public static synchronized ExerciseLibrary library() {
        if (library == null) {
            library = ExerciseLibrary.load(RepositoryRoot.get().resolve("exercises"), Set.of("3.11"));
        }
        return library;
    }

    public SandboxGrader grader() {
        return grader;
    }

    public DockerSandbox sandbox() {
        return sandbox;
    }

    public DockerClient docker() {
        return docker;
    }

    public SandboxConfig config() {
        return config;
    }

    /** Containers of this fixture's instance still present (running or not). */
    public List<String> leftovers() {
        return DockerEngine.containersLabelled(DockerSandbox.INSTANCE_LABEL + "=" + sandbox.instanceId());
    }

    @Override
    public void close() {
        try {
            docker.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
