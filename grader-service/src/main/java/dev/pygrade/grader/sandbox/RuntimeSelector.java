package dev.pygrade.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import java.util.Map;

/** Picks the container runtime: gVisor (runsc) wherever the engine has it, unless configured otherwise. */
public final class RuntimeSelector {
    public static final String RUNSC = "runsc";
    public static final String RUNC = "runc";

    private RuntimeSelector() {}

    public static String select(String configured, DockerClient docker) {
        return switch (configured) {
            case RUNSC, RUNC -> configured;
            case "auto" -> engineHas(docker, RUNSC) ? RUNSC : RUNC;
            default ->
                throw new IllegalArgumentException(
                        "pygrade.sandbox.runtime must be auto, runsc or runc, not '" + configured + "'");
        };
    }

    static boolean engineHas(DockerClient docker, String runtime) {
        Map<String, ?> runtimes = docker.infoCmd().exec().getRuntimes();
        return runtimes != null && runtimes.containsKey(runtime);
    }
}
