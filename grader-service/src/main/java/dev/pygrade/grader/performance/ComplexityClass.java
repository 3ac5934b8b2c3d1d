package dev.pygrade.grader.performance;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** The complexity classes the fitter tells apart, with the growth function and the word a learner reads. */
public enum ComplexityClass {
    CONSTANT("O(1)", "constant", n -> 1),
    LOGARITHMIC("O(log n)", "logarithmic", Math::log),
    LINEAR("O(n)", "linear", n -> n),
    LINEARITHMIC("O(n log n)", "n log n", n -> n * Math.log(n)),
    QUADRATIC("O(n^2)", "quadratic", n -> n * n),
    CUBIC("O(n^3)", "cubic", n -> n * n * n),
    EXPONENTIAL("O(2^n)", "exponential", n -> Math.pow(2, Math.min(n, 1000)));

    private final String notation;
    private final String word;
    private final DoubleUnaryOperator growth;

    ComplexityClass(String notation, String word, DoubleUnaryOperator growth) {
        this.notation = notation;
        this.word = word;
        this.growth = growth;
    }

    public String notation() {
        return notation;
    }

    public String word() {
        return word;
    }

    double growth(double n) {
        return growth.applyAsDouble(n);
    }

    /** Neighbours that two decades of noisy timings cannot always tell apart (n and n log n, say). */
    boolean isNeighbourOf(ComplexityClass other) {
        return Math.abs(ordinal() - other.ordinal()) == 1
                && ordinal() <= LINEARITHMIC.ordinal()
                && other.ordinal() <= LINEARITHMIC.ordinal();
    }

    public static ComplexityClass of(String notation) {
        return Arrays.stream(values())
                .filter(c -> c.notation.equals(notation))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown complexity class " + notation));
    }
}
