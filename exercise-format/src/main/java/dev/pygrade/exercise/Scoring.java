package dev.pygrade.exercise;

import java.util.List;
import java.util.Map;

/**
 * What each test is worth and the hint it gives.
 *
 * @param tests weights and hints by test id ({@code file::function}); tests not named weigh 1
 * @param snippets a predict-output exercise's snippets, each graded as one test (empty otherwise)
 */
public record Scoring(Map<String, TestSpec> tests, List<Snippet> snippets) {

    public TestSpec testSpec(String testId) {
        String base = testId.replaceAll("\\[.*]$", "");
        for (Snippet snippet : snippets) {
            if (snippet.testId().equals(base)) {
                return new TestSpec(snippet.weight(), snippet.hint());
            }
        }
        return tests.getOrDefault(base, TestSpec.DEFAULT);
    }
}
