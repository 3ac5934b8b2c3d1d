package dev.pygrade.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import dev.pygrade.grader.config.GraderConfig;
import dev.pygrade.grader.config.SandboxConfig;
import dev.pygrade.grader.grading.SandboxGrader;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;

/** Wires the plain sandbox classes into CDI from configuration. */
public class SandboxProducer {

    @Produces
    @Singleton
    DockerClient docker(SandboxConfig config) {
        return DockerClients.create(config.dockerHost());
    }

    void close(@Disposes DockerClient docker) throws IOException {
        docker.close();
    }

    @Produces
    @Singleton
    @DefaultBean
    DockerSandbox sandbox(DockerClient docker, SandboxConfig config, GraderConfig grader) {
        return new DockerSandbox(docker, config, RuntimeSelector.select(config.runtime(), docker), instanceId(grader));
    }

    @Produces
    @Singleton
    LimitsPolicy limitsPolicy(SandboxConfig config) {
        return new LimitsPolicy(config);
    }

    @Produces
    @Singleton
    SandboxPool pool(DockerSandbox sandbox, SandboxConfig config) {
        return new SandboxPool(sandbox, config.pool().size(), config.pool().maxIdle());
    }

    /** At shutdown, before the Docker client goes: the ready sandboxes are removed. */
    void closePool(@Observes ShutdownEvent event, SandboxPool pool) {
        pool.close();
    }

    @Produces
    @Singleton
    SandboxGrader grader(DockerSandbox sandbox, SandboxConfig config, SandboxPool pool) {
        return SandboxGrader.of(sandbox, config, pool);
    }

    @Produces
    @Singleton
    SandboxSweeper sweeper(DockerClient docker, DockerSandbox sandbox) {
        return new SandboxSweeper(docker, sandbox);
    }

    static String instanceId(GraderConfig grader) {
        return grader.instanceId().orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "grader";
            }
        });
    }
}
