package dev.pygrade.grader.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How sandbox containers are made. Limits have instance defaults and ceilings that no exercise can exceed. */
@ConfigMapping(prefix = "pygrade.sandbox")
public interface SandboxConfig {
    /** Image the sandboxes are created from; sandbox-images/python/build.sh tags it. */
    @WithDefault("pygrade-python:latest")
    String image();

    /** Container runtime: {@code auto} (gVisor's runsc when the engine has it, else runc), {@code runsc} or {@code runc}. */
    @WithDefault("auto")
    String runtime();

    /** Docker engine endpoint. */
    @WithDefault("unix:///var/run/docker.sock")
    String dockerHost();

    /** Limits for an exercise that does not set its own. */
    LimitsConfig defaults();

    /** The most any exercise may ask for; larger requests are capped. */
    LimitsConfig ceilings();

    /** Memory of the container on top of the learner's limit: the supervisor, pytest and Hypothesis. */
    @WithDefault("192M")
    MemorySize supervisorMemory();

    /** Processes and threads of the container on top of the learner's limit. */
    @WithDefault("32")
    int supervisorProcesses();

    /**
     * Extra pids under gVisor: there the engine's pids limit counts the sandbox kernel's own host threads, so the
     * learner's limit is enforced inside the sandbox (RLIMIT_NPROC) and this keeps the host limit a backstop. With
     * 256 a fork bomb made the sandbox kernel run out of host threads and die (exit code 2, no report) in about a
     * third of the gradings here; with 1024, none in 20.
     */
    @WithDefault("1024")
    int runscPidsOverhead();

    /**
     * Runtime of gradings that measure memory (a benchmark with memory or instances budgets): runc, because their
     * kernel cross-check reads the peak resident size (VmHWM) that gVisor's /proc does not provide. Instruction
     * counts are the same under both runtimes, so other performance exercises use the default runtime.
     */
    @WithDefault("runc")
    String memoryRuntime();

    /** CPUs each sandbox may use. */
    @WithDefault("1.0")
    double cpus();

    /** Size of each of the sandbox's in-memory file systems (/grader, /learner, /tmp). */
    @WithDefault("32M")
    MemorySize tmpfsSize();

    /** Time the Java side allows beyond the job's own total limit before it kills the container. */
    @WithDefault("15s")
    Duration grace();

    /** Most of the container's stdout (the result document) kept; more is an error of the sandbox. */
    @WithDefault("8M")
    MemorySize resultMax();

    /** Most of the container's stderr (diagnostics) kept. */
    @WithDefault("64K")
    MemorySize logMax();

    /** First uid handed to learner processes; each sandbox gets its own uid from this range. */
    @WithDefault("200000")
    int learnerUidBase();

    /** Number of uids in the learner range. */
    @WithDefault("100000")
    int learnerUidCount();

    /** Sandboxes started ahead of their jobs (SandboxPool); the catalog check starts each for its job. */
    PoolConfig pool();

    interface PoolConfig {
        /** Sandboxes kept ready per shape in demand (runtime, memory, processes); 0 starts each for its job. */
        @WithDefault("2")
        int size();

        /** A ready sandbox that waited longer than this is removed instead of used (and started again). */
        @WithDefault("2m")
        Duration maxIdle();
    }

    /** Limits of the learner's code. */
    interface LimitsConfig {
        /** CPU time of the learner's process in one test; the clock stops a test at 3 times this plus 3 s. */
        Duration timePerTest();

        /** Wall time of the whole grading inside the sandbox. */
        Duration timeTotal();

        /** Memory of the learner's process. */
        MemorySize memory();

        /** Processes and threads the learner's code may run at once. */
        int processes();

        /** Bytes the learner's code may print over the whole grading. */
        MemorySize output();

        /** Largest file the learner's code may write. */
        MemorySize fileSize();

        /** Files the learner's code may hold open at once. */
        int openFiles();
    }
}
