package dev.pygrade.api.outbox;

/**
 * What one publish batch did.
 *
 * @param locked rows taken from the outbox
 * @param published rows the broker acknowledged and that are now marked published
 * @param firstError why the first failed row failed, or null when none failed
 */
record BatchOutcome(int locked, int published, String firstError) {
    static final BatchOutcome EMPTY = new BatchOutcome(0, 0, null);

    boolean failed() {
        return firstError != null;
    }
}
