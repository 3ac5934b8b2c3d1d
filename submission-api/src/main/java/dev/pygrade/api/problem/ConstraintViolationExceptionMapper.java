package dev.pygrade.api.problem;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bean Validation failures of request parameters: 400 with one entry per parameter. It maps Quarkus' own
 * subclass, so that it wins over the built-in mapper of that exact type.
 */
public class ConstraintViolationExceptionMapper {

    @ServerExceptionMapper
    public Response map(ResteasyReactiveViolationException exception, UriInfo uri) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), field(v) + " " + v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(FieldError::message).collect(Collectors.joining("; "));
        return new Problem(
                        Problem.type("invalid-parameter"),
                        "A request parameter is invalid",
                        400,
                        detail,
                        uri.getPath(),
                        errors)
                .toResponse();
    }

    /** The last node of the path: {@code list.day} becomes {@code day}. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
