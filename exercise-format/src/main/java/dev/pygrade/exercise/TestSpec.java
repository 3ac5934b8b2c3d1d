package dev.pygrade.exercise;

/** Weight and hint of one test; the hint is what a learner sees when a hidden test fails. */
public record TestSpec(double weight, String hint) {
    public static final TestSpec DEFAULT = new TestSpec(1.0, null);
}
