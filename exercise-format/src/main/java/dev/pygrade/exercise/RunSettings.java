package dev.pygrade.exercise;

/**
 * How the learner's code runs.
 *
 * @param python the Python version the sandbox must offer (e.g. {@code 3.11})
 * @param module the learner's module, without {@code .py}
 * @param limits the limits the exercise asks for
 */
public record RunSettings(String python, String module, LimitOverrides limits) {

    /** The file the learner submits. */
    public String learnerFile() {
        return module + ".py";
    }
}
