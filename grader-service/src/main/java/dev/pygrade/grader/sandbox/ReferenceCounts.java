package dev.pygrade.grader.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.ReferenceCountsReport;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference solution's instruction counts for one exercise version in one image: the import of its module, the
 * warm-up calls, and one call per counted size. They are deterministic, so they are measured once and sent with every later job
 * (job schema: {@code exercise.benchmark.referenceCounts}).
 */
public record ReferenceCounts(@JsonProperty("import") long importInstructions, long warmUp, Map<String, Long> sizes) {

    public ReferenceCounts {
        sizes = Map.copyOf(new TreeMap<>(sizes));
    }

    /** What a sandbox reported when it counted the reference, if it counted every size it was asked for. */
    public static Optional<ReferenceCounts> of(ReferenceCountsReport report, Iterable<Integer> sizes) {
        if (report == null
                || report.importInstructions() == null
                || report.warmUp() == null
                || report.sizes() == null) {
            return Optional.empty();
        }
        for (Integer n : sizes) {
            Long count = report.sizes().get(String.valueOf(n));
            if (count == null || count < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new ReferenceCounts(report.importInstructions(), report.warmUp(), report.sizes()));
    }

    @JsonIgnore
    public long at(long n) {
        return sizes.get(String.valueOf(n));
    }
}
