package dev.pygrade.grader.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Ulimit;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.grader.config.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs one job in a fresh, hardened container that is always removed afterwards: no network, read-only root, small
 * tmpfs mounts owned by the user that may write them, every capability dropped but the two the launcher needs to
 * hand out uids, no-new-privileges, pids/memory/CPU limits, and a wall-clock deadline enforced from here.
 * The job goes in on stdin; the supervisor's report comes out on stdout, which the learner's code cannot write.
 */
public final class DockerSandbox {
    public static final String LABEL = "pygrade.sandbox";
    public static final String INSTANCE_LABEL = "pygrade.instance";
    public static final int GRADER_UID = 10000;
    private static final Logger LOG = Logger.getLogger(DockerSandbox.class);
    private static final long LEARNER_ADDRESS_SLACK = 64L * 1024 * 1024;

    private final DockerClient docker;
    private final SandboxConfig config;
    private final String runtime;
    private final String instanceId;
    private final LearnerUids uids;
    private final ObjectMapper json = ContractJson.mapper();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private volatile String imageId;

    public DockerSandbox(DockerClient docker, SandboxConfig config, String runtime, String instanceId) {
        this.docker = docker;
        this.config = config;
        this.runtime = runtime;
        this.instanceId = instanceId;
        this.uids = new LearnerUids(config.learnerUidBase(), config.learnerUidCount());
    }

    public String runtime() {
        return runtime;
    }

    public String instanceId() {
        return instanceId;
    }

    /** Ids of the containers this sandbox is running right now (the sweeper leaves them alone). */
    public Set<String> activeContainers() {
        return Set.copyOf(active);
    }

    /** Runs a job in a new container (created, started, used and removed now) under the given runtime. */
    public SandboxRun run(SandboxJob job, SandboxLimits limits, Map<String, String> labels, String runtimeUsed) {
        return run(prepare(limits, job.sandbox().learnerUid(), labels, runtimeUsed), job, limits);
    }

    /**
     * Creates, attaches and starts a container for jobs with these limits and learner uid; its runner imports
     * everything it needs and then waits for the job. The uid is released when the container is gone.
     */
    public PreparedSandbox prepare(
            SandboxLimits limits, int learnerUid, Map<String, String> labels, String runtimeUsed) {
        long created = System.nanoTime();
        String containerId = null;
        try {
            containerId = create(limits, learnerUid, labels, runtimeUsed);
            active.add(containerId);
            BoundedBuffer stdout = new BoundedBuffer(config.resultMax().asLongValue());
            BoundedBuffer stderr = new BoundedBuffer(config.logMax().asLongValue());
            JobInput input = new JobInput();
            ResultCallback.Adapter<Frame> attached = attach(containerId, input, stdout, stderr);
            docker.startContainerCmd(containerId).exec();
            return new PreparedSandbox(
                    containerId,
                    learnerUid,
                    runtimeUsed,
                    limits,
                    input,
                    attached,
                    stdout,
                    stderr,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - created));
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            discard(containerId, learnerUid);
            throw new SandboxException("could not start a sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the prepared sandbox its one job, with these limits (of the sandbox's shape), waits for the report (or
     * the deadline), and removes it.
     */
    public SandboxRun run(PreparedSandbox sandbox, SandboxJob job, SandboxLimits limits) {
        if (job.sandbox().learnerUid() != sandbox.learnerUid()) {
            discard(sandbox);
            throw new IllegalArgumentException("the job's learner uid differs from the sandbox's");
        }
        if (!SandboxShape.of(limits, sandbox.runtime()).equals(sandbox.shape())) {
            discard(sandbox);
            throw new IllegalArgumentException("the job's limits need a sandbox of another shape");
        }
        String containerId = sandbox.containerId();
        try {
            sandbox.input().provide(frame(json.writeValueAsBytes(job)));
            long started = System.nanoTime();
            long deadline = limits.timeTotal().plus(config.grace()).toMillis();
            // The report is one line: once it is complete the container's remaining exit (its processes' ends,
            // gVisor's teardown) is not waited for; removing the container ends it.
            boolean finished = sandbox.stdout().awaitLineOrEnd(deadline);
            long ran = System.nanoTime();
            if (!finished) {
                kill(containerId);
            }
            String failure = null;
            RunnerReport report = null;
            InspectContainerResponse.ContainerState state = null;
            if (finished) {
                try {
                    report = parse(sandbox.stdout(), job.nonce());
                } catch (IllegalStateException e) {
                    state = state(containerId);
                    failure = e.getMessage() + " (container exit code " + state.getExitCodeLong() + ")";
                }
            } else {
                failure = "the sandbox did not finish within " + deadline + " ms and was killed";
            }
            if (report == null && state == null) {
                state = state(containerId);
            }
            return new SandboxRun(
                    new RunOutcome(
                            report,
                            report != null ? sandbox.stdout().text().strip() : null,
                            failure,
                            !finished,
                            state != null && Boolean.TRUE.equals(state.getOOMKilled())),
                    new RunEnvironment(sandbox.runtime(), config.image(), imageId(), limits),
                    new RunTiming(sandbox.startMillis(), TimeUnit.NANOSECONDS.toMillis(ran - started)),
                    sandbox.stderr().text());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while grading", e);
        } catch (RuntimeException e) {
            throw new SandboxException("the sandbox failed: " + e.getMessage(), e);
        } finally {
            discard(sandbox);
        }
    }

    /** Removes a container (prepared but never used, or done), closes its streams and releases its uid. */
    public void discard(PreparedSandbox sandbox) {
        sandbox.input().close();
        discard(sandbox.containerId(), sandbox.learnerUid());
        try {
            sandbox.attached().close();
        } catch (IOException e) {
            LOG.debugf("closing the streams of %s: %s", sandbox.containerId(), e.getMessage());
        }
    }

    private void discard(String containerId, int learnerUid) {
        if (containerId != null) {
            remove(containerId);
            active.remove(containerId);
        }
        uids.release(learnerUid);
    }

    /** A learner uid for a new job; released when the job's container is gone. */
    public int acquireLearnerUid() {
        return uids.acquire();
    }

    private String create(SandboxLimits limits, int learnerUid, Map<String, String> labels, String runtimeUsed) {
        long tmpfs = config.tmpfsSize().asLongValue();
        long memory = limits.memoryBytes()
                + LEARNER_ADDRESS_SLACK
                + config.supervisorMemory().asLongValue()
                + 3 * tmpfs;
        String size = "size=" + tmpfs;
        HostConfig host = HostConfig.newHostConfig()
                .withRuntime(runtimeUsed)
                .withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withCapDrop(Capability.ALL)
                .withCapAdd(Capability.SETUID, Capability.SETGID)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withPidsLimit(pidsLimit(limits, runtimeUsed))
                .withMemory(memory)
                .withMemorySwap(memory)
                .withNanoCPUs(Math.round(config.cpus() * 1e9))
                .withShmSize(1024L * 1024)
                .withIpcMode("private")
                .withUlimits(List.of(new Ulimit("core", 0L, 0L)))
                .withTmpFs(Map.of(
                        "/grader",
                        "rw,nosuid,nodev,noexec," + size + ",uid=" + GRADER_UID + ",gid=" + GRADER_UID + ",mode=0700",
                        "/learner",
                        "rw,nosuid,nodev,noexec," + size + ",uid=" + learnerUid + ",gid=" + learnerUid + ",mode=0700",
                        "/tmp",
                        "rw,nosuid,nodev,noexec," + size + ",mode=1777"));
        Map<String, String> allLabels = new HashMap<>(labels);
        allLabels.put(LABEL, "true");
        allLabels.put(INSTANCE_LABEL, instanceId);
        return docker.createContainerCmd(config.image())
                .withHostConfig(host)
                .withLabels(allLabels)
                .withUser("0:0")
                .withHostName("sandbox")
                .withNetworkDisabled(true)
                .withEnv(List.of())
                .withStdinOpen(true)
                .withStdInOnce(true)
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec()
                .getId();
    }

    private long pidsLimit(SandboxLimits limits, String runtimeUsed) {
        long pids = (long) limits.processes() + config.supervisorProcesses();
        return RuntimeSelector.RUNSC.equals(runtimeUsed) ? pids + config.runscPidsOverhead() : pids;
    }

    private ResultCallback.Adapter<Frame> attach(
            String containerId, JobInput input, BoundedBuffer stdout, BoundedBuffer stderr)
            throws InterruptedException {
        ResultCallback.Adapter<Frame> callback = docker.attachContainerCmd(containerId)
                .withStdIn(input)
                .withStdOut(true)
                .withStdErr(true)
                .withFollowStream(true)
                .exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Frame frame) {
                        (frame.getStreamType() == StreamType.STDOUT ? stdout : stderr).append(frame.getPayload());
                    }

                    @Override
                    public void onError(Throwable error) {
                        stdout.end();
                        super.onError(error);
                    }

                    @Override
                    public void onComplete() {
                        stdout.end();
                        super.onComplete();
                    }
                });
        callback.awaitStarted(30, TimeUnit.SECONDS);
        return callback;
    }

    /** The launcher reads a decimal length and a newline first: it never has to wait for end of file. */
    static byte[] frame(byte[] job) {
        byte[] header = (job.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = Arrays.copyOf(header, header.length + job.length);
        System.arraycopy(job, 0, framed, header.length, job.length);
        return framed;
    }

    private RunnerReport parse(BoundedBuffer stdout, String nonce) {
        if (stdout.overflowed()) {
            throw new IllegalStateException("the sandbox wrote more than " + config.resultMax() + " on stdout");
        }
        String text = stdout.text().strip();
        if (text.isEmpty()) {
            throw new IllegalStateException("the sandbox wrote no result");
        }
        RunnerReport report;
        try {
            report = json.readValue(text, RunnerReport.class);
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox's result is not a report: " + e.getMessage());
        }
        if (report.schemaVersion() != 1 || !nonce.equals(report.nonce())) {
            throw new IllegalStateException("the sandbox's result does not carry this job's nonce");
        }
        return report;
    }

    private InspectContainerResponse.ContainerState state(String containerId) {
        return docker.inspectContainerCmd(containerId).exec().getState();
    }

    private void kill(String containerId) {
        try {
            docker.killContainerCmd(containerId).exec();
        } catch (RuntimeException e) {
            LOG.debugf("kill %s: %s", containerId, e.getMessage());
        }
    }

    void remove(String containerId) {
        // A grading cut short (its thread interrupted at shutdown) must still remove its container: the engine
        // calls fail at once on an interrupted thread, so the flag is cleared here and set again afterwards.
        boolean interrupted = Thread.interrupted();
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                try {
                    docker.removeContainerCmd(containerId)
                            .withForce(true)
                            .withRemoveVolumes(true)
                            .exec();
                    return;
                } catch (NotFoundException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("removing sandbox %s (attempt %d): %s", containerId, attempt, e.getMessage());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The id of the sandbox image (instruction counts are only comparable within one image). */
    public String imageId() {
        if (imageId == null) {
            imageId = docker.inspectImageCmd(config.image()).exec().getId();
        }
        return imageId;
    }
}
