package dev.pygrade.exercise;

import java.util.Arrays;
import java.util.Optional;

/** What the learner does: write code, predict what code prints, or write code that is also fast and lean. */
public enum ExerciseKind {
    IMPLEMENT("implement"),
    PREDICT_OUTPUT("predict-output"),
    PERFORMANCE("performance");

    private final String wire;

    ExerciseKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ExerciseKind> fromWire(String value) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(value)).findFirst();
    }
}
