package dev.pygrade.exercise;

/** A predict-output snippet. Its true output is produced by running it in the sandbox image, never typed in. */
public record Snippet(String id, String code, double weight, String hint) {
    /** The id of the test the runner generates for this snippet. */
    public String testId() {
        return "test_predictions.py::test_" + id;
    }
}
