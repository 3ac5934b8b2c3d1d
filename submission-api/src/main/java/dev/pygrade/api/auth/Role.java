package dev.pygrade.api.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a principal may do: learners their own work, instructors their course's, admins everything. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMIN;

    /** The JSON form, {@code learner}, {@code instructor}, {@code admin}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code learner}, {@code LEARNER}, …; null for anything else. */
    @JsonCreator
    public static Role parse(String value) {
        if (value == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(value.trim())) {
                return role;
            }
        }
        return null;
    }
}
