package dev.pygrade.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Removes sandbox containers left behind by a crash between create and remove: at start-up every container of
 * this instance that is not running a job here; periodically any sandbox container, of any instance, older than
 * the longest a job can take.
 */
public final class SandboxSweeper {
    private static final Logger LOG = Logger.getLogger(SandboxSweeper.class);

    private final DockerClient docker;
    private final DockerSandbox sandbox;

    public SandboxSweeper(DockerClient docker, DockerSandbox sandbox) {
        this.docker = docker;
        this.sandbox = sandbox;
    }

    /** This instance's leftovers; returns the number removed. */
    public int sweepOwn() {
        return sweep(ownLabels(), Duration.ZERO);
    }

    /** Every container of this instance, running jobs included: for a process that is going away. */
    public int sweepOwnAtExit() {
        List<Container> found = containers(ownLabels());
        found.forEach(container -> sandbox.remove(container.getId()));
        return found.size();
    }

    /** Sandbox containers of any instance older than {@code maximumJob}; returns the number removed. */
    public int sweepStale(Duration maximumJob) {
        return sweep(Map.of(DockerSandbox.LABEL, "true"), maximumJob);
    }

    private Map<String, String> ownLabels() {
        return Map.of(DockerSandbox.LABEL, "true", DockerSandbox.INSTANCE_LABEL, sandbox.instanceId());
    }

    private List<Container> containers(Map<String, String> labels) {
        return docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(labels)
                .exec();
    }

    private int sweep(Map<String, String> labels, Duration minimumAge) {
        List<Container> found = containers(labels);
        Set<String> active = sandbox.activeContainers();
        long oldest = Instant.now().minus(minimumAge).getEpochSecond();
        int removed = 0;
        for (Container container : found) {
            if (active.contains(container.getId()) || container.getCreated() > oldest) {
                continue;
            }
            LOG.infof("removing leftover sandbox %s (%s)", container.getId(), container.getStatus());
            sandbox.remove(container.getId());
            removed++;
        }
        return removed;
    }
}
