package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.NeedsInfrastructure;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last in the last module: once the stack's services have stopped (a stopping grader removes the sandboxes
 * it started ahead), no sandbox container is left on the engine.
 */
@Order(Integer.MAX_VALUE)
@NeedsInfrastructure
class NoLeftoverContainersE2ETest {
    @Test
    void noSandboxContainerIsLeftBehind() {
        Stack.stopShared();
        assertThat(DockerEngine.containersLabelled("pygrade.sandbox=true")).isEmpty();
    }
}
