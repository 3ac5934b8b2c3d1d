package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Memory use of the learner's code.
 *
 * @param peakBytes {@code tracemalloc} peak of the workload in the learner process
 * @param kernelPeakBytes the kernel's peak resident size of the learner process, for the cross-check
 * @param bytesPerInstance memory per instance of the checked class, from N instances
 * @param slots per checked class: whether it uses {@code __slots__} and whether instances have a {@code __dict__}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemoryReport(
        List<Criterion> criteria,
        Long peakBytes,
        Long referencePeakBytes,
        Long kernelPeakBytes,
        Double bytesPerInstance,
        List<SlotsCheck> slots,
        String summary) {

    public MemoryReport {
        summary = FeedbackText.clean(summary);
    }

    public record SlotsCheck(String className, boolean declaresSlots, boolean instancesHaveDict) {}
}
