package dev.pygrade.grader.health;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.pygrade.grader.config.SandboxConfig;
import dev.pygrade.grader.sandbox.DockerClients;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the grader can make sandboxes: the Docker engine answers and has the configured sandbox image.
 * It asks through a client of its own whose answers must come within {@link #TIMEOUT}: the sandboxes' client has
 * no response timeout (attach and wait stream nothing until a container ends), so a probe through it could hang
 * on a wedged engine.
 */
@Readiness
@ApplicationScoped
public class DockerEngineCheck implements HealthCheck {
    static final String NAME = "Docker engine";
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final DockerClient docker;
    private final String image;

    @Inject
    DockerEngineCheck(SandboxConfig config) {
        this(config.dockerHost(), config.image());
    }

    DockerEngineCheck(String dockerHost, String image) {
        this.docker = DockerClients.createForProbes(dockerHost, TIMEOUT);
        this.image = image;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("image", image);
        try {
            docker.pingCmd().exec();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("error", "engine unreachable: " + e.getMessage())
                    .build();
        }
        try {
            String id = docker.inspectImageCmd(image).exec().getId();
            return response.up().withData("imageId", id).build();
        } catch (NotFoundException e) {
            return response.down()
                    .withData("error", "sandbox image is missing (build it with sandbox-images/python/build.sh)")
                    .build();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("error", "image inspection failed: " + e.getMessage())
                    .build();
        }
    }

    @PreDestroy
    void close() throws IOException {
        docker.close();
    }
}
