package dev.pygrade.api.problem;

import java.util.List;

/**
 * A failure that the client caused and that this API describes precisely. Subclasses say which; {@link
 * ProblemExceptionMapper} turns them into problem+json.
 */
public abstract class ProblemException extends RuntimeException {
    private final int status;
    private final String typeSlug;
    private final String title;
    private final List<FieldError> errors;

    protected ProblemException(int status, String typeSlug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(typeSlug), title, status, getMessage(), instance, errors);
    }

    /** Stack traces of client errors say nothing useful and cost time; they are never shown either. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
