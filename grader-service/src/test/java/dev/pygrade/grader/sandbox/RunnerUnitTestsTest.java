package dev.pygrade.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.Processes;
import dev.pygrade.testkit.RepositoryRoot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's own Python unit tests (sandbox-images/python/runner/tests), run with the image's CPython. */
@NeedsInfrastructure
class RunnerUnitTestsTest {
    @Test
    void runnerUnitTestsPassInsideTheImage() {
        String tests = RepositoryRoot.get()
                .resolve("sandbox-images/python/runner/tests")
                .toString();
        String output = Processes.run(
                List.of(
                        "docker",
                        "run",
                        "--rm",
                        "--network",
                        "none",
                        "--read-only",
                        "--tmpfs",
                        "/tmp",
                        "-w",
                        "/tmp",
                        "-e",
                        "HOME=/tmp",
                        "--label",
                        "pygrade.sandbox=true",
                        "-v",
                        tests + ":/tests:ro",
                        DockerEngine.sandboxImage(),
                        "python3",
                        "-m",
                        "pytest",
                        "-q",
                        "-p",
                        "no:cacheprovider",
                        "/tests"),
                Duration.ofMinutes(2));
        assertThat(output).contains(" passed").doesNotContain("failed").doesNotContain("error");
    }
}
