package dev.pygrade.api.problem;

/**
 * One thing wrong with one field of a request.
 *
 * @param field where, e.g. {@code exerciseId} or {@code files["helper-1.py"]}
 * @param message what is wrong, readable on its own
 */
public record FieldError(String field, String message) {}
