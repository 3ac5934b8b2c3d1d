package dev.pygrade.grader.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What the supervisor measured for a performance exercise (see the runner's benchmark_driver.py).
 *
 * @param counts instructions counted per size, for the speed criteria
 * @param error why the benchmark stopped, in words for the learner (a mismatch, a crash), or null
 * @param phasesMs wall milliseconds per phase of the benchmark (expected, calibrate, import, warmUp, sizes, memory)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenchmarkMeasurements(
        Counts counts,
        String error,
        MemoryFigures memory,
        InstanceFigures instances,
        List<SlotsFigure> slots,
        Map<String, Long> phasesMs) {

    public List<SizeCount> sizesOrEmpty() {
        return counts == null || counts.sizes() == null ? List.of() : counts.sizes();
    }

    /**
     * Instructions counted by callgrind, one call per size.
     *
     * @param calibration the calibration workload of the learner's counted process (instructions, CPU ns)
     * @param learnerImport instructions of importing the learner's module
     * @param referenceCounts the reference's counts when they were measured in this run (to be cached), else null
     * @param collectorOff the learner's code left the garbage collector off in a counted call
     * @param tampered why the counts cannot be trusted (work outside the measured calls, a count too small for
     *     its CPU time), or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(
            List<SizeCount> sizes,
            Map<String, Long> calibration,
            Long learnerImport,
            Long referenceImport,
            ReferenceCountsReport referenceCounts,
            Boolean collectorOff,
            String tampered) {

        public boolean collectorLeftOff() {
            return Boolean.TRUE.equals(collectorOff);
        }
    }

    /**
     * One size. {@code incomplete}: the learner's call went beyond its allowance; {@code learner} is then that
     * allowance, a lower bound.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SizeCount(long n, Long learner, long reference, Long learnerCpuNs, Boolean incomplete) {

        public boolean isIncomplete() {
            return Boolean.TRUE.equals(incomplete);
        }

        public boolean hasLearner() {
            return learner != null && learner >= 0;
        }
    }

    /** The reference's import and per-size counts as the sandbox reports them (sizes keyed by n as text). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReferenceCountsReport(
            @JsonProperty("import") Long importInstructions, Long warmUp, Map<String, Long> sizes) {}

    /** Peak bytes of one call: tracemalloc's and the kernel's (untraced run), for learner and reference. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemoryFigures(
            long n,
            long learnerTraced,
            long learnerKernel,
            boolean learnerTracing,
            long referenceTraced,
            long referenceKernel) {}

    /** Bytes taken by {@code count} instances, as tracemalloc and the kernel saw them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InstanceFigures(
            String className,
            int count,
            long learnerTraced,
            long learnerKernel,
            boolean learnerTracing,
            long referenceTraced,
            long referenceKernel) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlotsFigure(String className, boolean declaresSlots, boolean instancesHaveDict) {}
}
