package dev.pygrade.api.problem;

import java.util.List;
import java.util.stream.Collectors;

/** A well-formed request that cannot be honoured as it is: 422, one entry per problem, all at once. */
public class InvalidRequestException extends ProblemException {
    public InvalidRequestException(String typeSlug, String title, List<FieldError> errors) {
        super(422, typeSlug, title, errors.stream().map(FieldError::message).collect(Collectors.joining("; ")), errors);
    }
}
