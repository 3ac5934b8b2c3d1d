package dev.pygrade.grader.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.pygrade.contract.result.Timings;
import java.util.List;
import java.util.Map;

/**
 * What the supervisor reports (schema: sandbox-images/python/schema/report.schema.json). It stays inside the
 * grader: scoring turns it into the learner's feedback and drops what the learner must not see.
 *
 * @param outcome {@code completed}, or {@code error} when the exercise's tests could not run
 * @param truths predict-output only: what each snippet printed in this image, for the catalog check
 * @param benchmark performance exercises: the raw measurements, which the grader scores
 * @param timings milliseconds since the supervisor started: setupMs, collectedMs, testsMs (tests done), totalMs
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunnerReport(
        int schemaVersion,
        String nonce,
        String outcome,
        String error,
        String pythonVersion,
        List<RunnerTest> tests,
        List<CollectError> collectErrors,
        Map<String, String> truths,
        BenchmarkMeasurements benchmark,
        Map<String, Long> timings) {

    public boolean completed() {
        return "completed".equals(outcome);
    }

    /** The supervisor's phases, from its timestamps; null when it reported none. */
    public Timings.RunnerPhases phases() {
        if (timings == null || !timings.containsKey("totalMs")) {
            return null;
        }
        long setup = timings.getOrDefault("setupMs", 0L);
        long collected = timings.getOrDefault("collectedMs", setup);
        long tested = timings.getOrDefault("testsMs", collected);
        return new Timings.RunnerPhases(setup, collected - setup, tested - collected, timings.get("totalMs") - tested);
    }

    public List<RunnerTest> testsOrEmpty() {
        return tests == null ? List.of() : tests;
    }

    /**
     * One test as the supervisor saw it; {@code outcome} uses the test status names of the contract, {@code uses}
     * the top-level names of the learner's module the test used.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RunnerTest(
            String id,
            String file,
            String name,
            String function,
            String outcome,
            String message,
            String expected,
            String actual,
            String counterexample,
            String output,
            long durationMs,
            Long learnerCpuMs,
            Long learnerMaxRssKb,
            List<String> uses) {

        /** Top-level names of the learner's module the test used (empty when the report does not say). */
        public List<String> usesOrEmpty() {
            return uses == null ? List.of() : uses;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CollectError(String id, String message) {}
}
