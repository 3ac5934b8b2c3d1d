package dev.pygrade.grader.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the supervisor measured for a performance exercise (see the runner's benchmark.py).
 *
 * @param error why the benchmark stopped, in words for the learner (a mismatch, a crash, too slow), or null
 * @param gcTampered the learner's code left the garbage collector off during a timed sample
 * @param stoppedAt the size at which the learner's code ran out of time, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenchmarkMeasurements(
        List<SizeTiming> sizes,
        String error,
        boolean gcTampered,
        Integer stoppedAt,
        MemoryFigures memory,
        InstanceFigures instances,
        List<SlotsFigure> slots) {

    public List<SizeTiming> sizesOrEmpty() {
        return sizes == null ? List.of() : sizes;
    }

    /**
     * CPU nanoseconds per call of each interleaved sample. {@code incomplete}: the learner's figure is a lower
     * bound (its time was up).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SizeTiming(
            long n,
            List<Double> learnerNs,
            List<Double> referenceNs,
            Integer learnerCalls,
            Integer referenceCalls,
            Boolean incomplete) {

        public boolean isIncomplete() {
            return Boolean.TRUE.equals(incomplete);
        }
    }

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
