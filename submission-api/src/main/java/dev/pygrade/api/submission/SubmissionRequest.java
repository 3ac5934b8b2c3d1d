package dev.pygrade.api.submission;

import java.util.Map;
import java.util.TreeMap;

/**
 * The body of {@code POST /api/v1/submissions}: the exercise and either every file, or {@code source} as a
 * shorthand for the exercise's one learner file (usually {@code solution.py}).
 *
 * @param learner the learner an instructor or admin API key submits for (an LMS); others leave it out
 * @param courseId the learner's course, for instructor or admin API keys; others belong to their own course
 * @param callbackUrl where to POST the signed result when graded (API-key callers only)
 */
public record SubmissionRequest(
        String exerciseId,
        Map<String, String> files,
        String source,
        String learner,
        String courseId,
        String callbackUrl) {

    /** The request in a canonical form (sorted keys), so that a retry with reordered fields is the same request. */
    Map<String, Object> canonical() {
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("exerciseId", exerciseId);
        canonical.put("files", files == null ? null : new TreeMap<>(files));
        canonical.put("source", source);
        canonical.put("learner", learner);
        canonical.put("courseId", courseId);
        canonical.put("callbackUrl", callbackUrl);
        return canonical;
    }
}
