package dev.pygrade.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.net.URI;
import java.time.Duration;

/**
 * Docker clients for the sandbox. The API version is pinned: Debian's engine (20.10) answers 1.41 at most and
 * rejects docker-java's newer default. There is no response timeout, because attach and wait stream nothing until
 * the container ends; every deadline is enforced by {@link DockerSandbox} itself.
 */
public final class DockerClients {
    public static final String API_VERSION = "1.41";

    private DockerClients() {}

    public static DockerClient create(String dockerHost) {
        return DockerClientImpl.getInstance(
                config(dockerHost),
                http(dockerHost, 200, Duration.ofSeconds(10)).build());
    }

    /**
     * A client for quick questions only (ping, inspect), whose every response must arrive within {@code timeout}:
     * health checks use it, so that a wedged engine makes them fail instead of hang.
     */
    public static DockerClient createForProbes(String dockerHost, Duration timeout) {
        return DockerClientImpl.getInstance(
                config(dockerHost),
                http(dockerHost, 2, timeout).responseTimeout(timeout).build());
    }

    private static DefaultDockerClientConfig config(String dockerHost) {
        return DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(dockerHost)
                .withApiVersion(API_VERSION)
                .build();
    }

    private static ZerodepDockerHttpClient.Builder http(String dockerHost, int maxConnections, Duration connect) {
        return new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(dockerHost))
                .maxConnections(maxConnections)
                .connectionTimeout(connect);
    }
}
