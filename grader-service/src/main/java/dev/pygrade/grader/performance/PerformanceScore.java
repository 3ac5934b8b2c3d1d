package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.MemoryReport;
import dev.pygrade.contract.result.PerformanceReport;

/** The performance and memory parts of a result, with the points they earned. */
public record PerformanceScore(PerformanceReport performance, MemoryReport memory, double score, double maxScore) {}
