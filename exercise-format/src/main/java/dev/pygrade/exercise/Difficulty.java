package dev.pygrade.exercise;

import java.util.Arrays;
import java.util.Optional;

public enum Difficulty {
    EASY("easy"),
    MEDIUM("medium"),
    HARD("hard");

    private final String wire;

    Difficulty(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Difficulty> fromWire(String value) {
        return Arrays.stream(values()).filter(d -> d.wire.equals(value)).findFirst();
    }
}
