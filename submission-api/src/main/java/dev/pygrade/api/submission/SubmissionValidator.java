package dev.pygrade.api.submission;

import dev.pygrade.api.config.PygradeConfig;
import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.outbound.OutboundPolicy;
import dev.pygrade.api.outbound.Reach;
import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.webhook.CallbackUrls;
import dev.pygrade.exercise.Exercise;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides whether a submission request can be graded. It reports every problem at once (422), except a submission
 * over the size limit, which is refused first and alone (413).
 */
@ApplicationScoped
public class SubmissionValidator {
    static final int MAX_IDENTITY_LENGTH = 300;

    private final ExerciseCatalog catalog;
    private final PygradeConfig config;
    private final OutboundPolicy outbound;

    public SubmissionValidator(ExerciseCatalog catalog, PygradeConfig config, OutboundPolicy outbound) {
        this.catalog = catalog;
        this.config = config;
        this.outbound = outbound;
    }

    public ValidSubmission validate(SubmissionRequest request) {
        checkSize(request);
        List<FieldError> errors = new ArrayList<>();
        Optional<Exercise> exercise = exercise(request.exerciseId(), errors);
        Map<String, String> files = new TreeMap<>();
        if (request.files() != null && request.source() != null) {
            errors.add(new FieldError("source", "send either 'files' or 'source', not both"));
        } else if (request.files() == null && request.source() == null) {
            errors.add(new FieldError(
                    "files",
                    "either 'files' (file name to text) or 'source' (the text of the learner file) is required"));
        } else if (request.source() != null) {
            checkText("source", "source", request.source(), true, errors);
            exercise.ifPresent(e -> files.put(e.settings().learnerFile(), request.source()));
        } else {
            checkFiles(request.files(), exercise, errors);
            files.putAll(request.files());
        }
        checkIdentity("learner", request.learner(), errors);
        checkIdentity("courseId", request.courseId(), errors);
        if (request.callbackUrl() != null) {
            CallbackUrls.problem(request.callbackUrl())
                    .ifPresent(p -> errors.add(new FieldError("callbackUrl", "callbackUrl " + p)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        if (request.callbackUrl() != null) {
            // A well-formed URL to an address Pygrade may not call (DNS is asked here; again at every send).
            outbound.problem(request.callbackUrl(), Reach.PUBLIC).ifPresent(p -> {
                throw new RefusedCallbackException(request.callbackUrl(), p);
            });
        }
        return new ValidSubmission(exercise.orElseThrow(), files);
    }

    private void checkSize(SubmissionRequest request) {
        long limit = config.submissions().maxTotalSize().asLongValue();
        long bytes = request.source() == null ? 0 : FileText.utf8Length(request.source());
        if (request.files() != null) {
            for (String text : request.files().values()) {
                bytes += text == null ? 0 : FileText.utf8Length(text);
            }
        }
        if (bytes > limit) {
            throw new SubmissionTooLargeException(request.files() != null ? "files" : "source", bytes, limit);
        }
    }

    private Optional<Exercise> exercise(String id, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(new FieldError("exerciseId", "exerciseId is required"));
            return Optional.empty();
        }
        Optional<Exercise> exercise = catalog.find(id);
        if (exercise.isEmpty()) {
            errors.add(new FieldError("exerciseId", "exercise '" + id + "' does not exist"));
        }
        return exercise;
    }

    private void checkFiles(Map<String, String> files, Optional<Exercise> exercise, List<FieldError> errors) {
        int maxFiles = config.submissions().maxFiles();
        if (files.isEmpty()) {
            errors.add(new FieldError("files", "files is empty: it must contain at least the learner file"));
            return;
        }
        if (files.size() > maxFiles) {
            errors.add(new FieldError("files", "at most " + maxFiles + " files are allowed, got " + files.size()));
        }
        String learnerFile = exercise.map(e -> e.settings().learnerFile()).orElse(null);
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String name = file.getKey();
            String field = "files[\"" + FileNames.display(name) + "\"]";
            Optional<String> badName = FileNames.problem(name);
            if (badName.isPresent()) {
                errors.add(new FieldError(field, badName.get()));
            } else if (file.getValue() == null) {
                errors.add(new FieldError(field, "file '" + name + "' must be text, not null"));
            } else {
                checkText(field, "file '" + name + "'", file.getValue(), name.equals(learnerFile), errors);
            }
        }
        if (learnerFile != null && !files.containsKey(learnerFile)) {
            errors.add(new FieldError(
                    "files",
                    "files must contain '" + learnerFile + "', the file exercise '"
                            + exercise.get().info().id() + "' grades"));
        }
    }

    /** A learner or course id: present means non-blank, at most 300 characters, no control characters. */
    private static void checkIdentity(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.isBlank() || value.length() > MAX_IDENTITY_LENGTH) {
            errors.add(new FieldError(
                    field, field + " must be 1 to " + MAX_IDENTITY_LENGTH + " characters when it is sent"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, field + " must not contain control characters"));
        }
    }

    private static void checkText(
            String field, String what, String text, boolean mustHaveCode, List<FieldError> errors) {
        if (mustHaveCode && text.isBlank()) {
            errors.add(new FieldError(field, what + " is empty or only whitespace"));
            return;
        }
        FileText.firstForbiddenCharacter(text)
                .ifPresent(problem -> errors.add(new FieldError(field, what + " " + problem)));
    }
}
