package dev.pygrade.api.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request body that is not JSON, or JSON of the wrong shape: 400, naming the field and what it should be. */
public class RequestBodyExceptionMapper {
    private static final URI TYPE = Problem.type("invalid-request-body");
    private static final String TITLE = "The request body cannot be read";
    private static final Pattern TOKEN = Pattern.compile("JsonToken\\.([A-Z_]+)");
    private static final Pattern SHAPE = Pattern.compile(
            "from (String|Integer|Floating-point|Boolean|Array|Object) value|Cannot coerce (\\w+[-\\w]*) value");

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(JsonProcessingException exception, UriInfo uri) {
        return problem(describe(exception), fieldOf(exception), uri);
    }

    /**
     * Quarkus REST has a built-in mapper for exactly this type, which answers 400 without a body outside dev mode;
     * only a mapper of the same type replaces it.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mapMismatch(MismatchedInputException exception, UriInfo uri) {
        return map(exception, uri);
    }

    static Response problem(String detail, String field, UriInfo uri) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, detail));
        return new Problem(TYPE, TITLE, 400, detail, uri.getPath(), errors).toResponse();
    }

    private static String describe(JsonProcessingException exception) {
        String original = String.valueOf(exception.getOriginalMessage());
        if (original.startsWith("Invalid UTF-8")) {
            // Bytes that are not UTF-8 inside a string value come wrapped with the field's path; either way the
            // body itself is the problem.
            return "request body is not UTF-8 text: " + original + location(exception);
        }
        if (exception instanceof MismatchedInputException mismatch) {
            String field = fieldOf(mismatch);
            String expected = expected(mismatch.getTargetType());
            String actual = actual(mismatch);
            return field == null
                    ? "the request body must be " + expected + ", not " + actual
                    : "field '" + field + "' must be " + expected + ", not " + actual;
        }
        if (exception instanceof JsonMappingException mapping && fieldOf(mapping) != null) {
            return "field '" + fieldOf(mapping) + "' is invalid: " + mapping.getOriginalMessage();
        }
        return "request body is not valid JSON: " + original + location(exception);
    }

    private static String location(JsonProcessingException exception) {
        return exception.getLocation() == null
                ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column "
                        + exception.getLocation().getColumnNr() + ")";
    }

    /** The JSON path of the failing value: {@code files}, {@code files["solution.py"]}, {@code items[2]}. */
    private static String fieldOf(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException mapping)
                || mapping.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() == null) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFrom() instanceof Map) {
                path.append("[\"").append(ref.getFieldName()).append("\"]");
            } else {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different JSON type";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isRecord()) {
            return "a JSON object";
        }
        return "a " + type.getSimpleName();
    }

    /** What was sent instead: from the parser if it still knows, else from the shape Jackson's message names. */
    private static String actual(MismatchedInputException exception) {
        JsonToken token = exception.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        if (token != null) {
            return describe(token);
        }
        String message = String.valueOf(exception.getOriginalMessage());
        Matcher named = TOKEN.matcher(message);
        if (named.find()) {
            return describe(JsonToken.valueOf(named.group(1)));
        }
        Matcher shape = SHAPE.matcher(message);
        if (shape.find()) {
            return switch (shape.group(1) != null ? shape.group(1) : shape.group(2)) {
                case "String" -> "a string";
                case "Integer", "Floating-point" -> "a number";
                case "Boolean" -> "a boolean";
                case "Array" -> "an array";
                case "Object" -> "an object";
                default -> "a value of another type";
            };
        }
        return "a value of another type";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a value of another type";
        };
    }
}
