package dev.pygrade.testkit;

import java.time.Duration;
import java.util.List;

/** The local Docker engine, as tests see it through the docker CLI. */
public final class DockerEngine {
    private DockerEngine() {}

    /** Ids of containers (running or not) that carry the label, e.g. {@code pygrade.sandbox=true}. */
    public static List<String> containersLabelled(String label) {
        String output =
                Processes.run(List.of("docker", "ps", "-aq", "--filter", "label=" + label), Duration.ofSeconds(30));
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    /** The sandbox image tag the build script made (the latest build), failing clearly when it is missing. */
    public static String sandboxImage() {
        String image = System.getProperty("pygrade.sandbox.image", "pygrade-python:latest");
        try {
            Processes.run(List.of("docker", "image", "inspect", image), Duration.ofSeconds(30));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "sandbox image " + image + " is missing: run sandbox-images/python/build.sh", e);
        }
        return image;
    }
}
