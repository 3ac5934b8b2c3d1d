package dev.pygrade.api.lti.ags;

import java.util.Locale;

/** Which of a learner's scores on one gradebook column counts. */
public enum ScorePolicy {
    /** The most recent graded submission's score, even if lower than an earlier one. */
    LATEST,
    /** The highest score of all graded submissions to that column. */
    BEST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScorePolicy parse(String text) {
        if (text != null) {
            for (ScorePolicy policy : values()) {
                if (policy.wire().equalsIgnoreCase(text.trim())) {
                    return policy;
                }
            }
        }
        throw new IllegalArgumentException("score policy must be 'latest' or 'best', was '" + text + "'");
    }
}
