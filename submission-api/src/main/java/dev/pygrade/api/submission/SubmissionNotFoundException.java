package dev.pygrade.api.submission;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** GET of a submission id that does not exist, or is not even a UUID: 404. */
public class SubmissionNotFoundException extends ProblemException {
    public SubmissionNotFoundException(String id) {
        super(404, "submission-not-found", "No such submission", "submission '" + id + "' does not exist", List.of());
    }
}
