package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.testkit.DockerEngine;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs last in the last module: after the whole suite, no sandbox container is left on the engine. */
@Order(Integer.MAX_VALUE)
class NoLeftoverContainersE2ETest {
    @Test
    void noSandboxContainerIsLeftBehind() {
        assertThat(DockerEngine.containersLabelled("pygrade.sandbox=true")).isEmpty();
    }
}
