package dev.pygrade.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The one JSON mapping of the contract. Unknown fields are ignored (a newer producer may add some); missing or
 * malformed required fields fail with a {@link ContractViolationException} that names the field.
 */
public final class ContractJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ContractJson() {}

    /** A copy of the contract's mapper, for callers that need to map their own types the same way. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static String write(Object message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SubmissionRequested readSubmission(String json) {
        return read(json, SubmissionRequested.class);
    }

    public static ResultEvent readResultEvent(String json) {
        return read(json, ResultEvent.class);
    }

    public static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new ContractViolationException("empty " + type.getSimpleName() + " message");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            ContractViolationException violation = findViolation(e);
            if (violation != null) {
                throw violation;
            }
            throw new ContractViolationException(
                    type.getSimpleName() + " at " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ContractViolationException(
                    "not valid JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContractViolationException findViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContractViolationException violation) {
                return violation;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "top level" : path;
    }
}
