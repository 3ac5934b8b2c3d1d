package dev.pygrade.api.lti.launch;

import dev.pygrade.api.auth.Role;
import java.util.List;
import java.util.Set;

/**
 * Which Pygrade role a launch's LTI roles give. Teaching roles of the context (full URIs, the deprecated short names
 * such as {@code Instructor}, and sub-roles such as {@code Instructor#TeachingAssistant}) give INSTRUCTOR; anything
 * else, unknown roles and no role at all included, gives LEARNER. A launch never gives ADMIN: administering Pygrade
 * is not something an LMS can grant.
 */
public final class LaunchRoles {
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    private static final Set<String> TEACHING = Set.of("Instructor", "Administrator", "ContentDeveloper", "Manager");

    private LaunchRoles() {}

    public static Role of(List<String> roles) {
        for (String role : roles) {
            if (role != null && isTeaching(role.trim())) {
                return Role.INSTRUCTOR;
            }
        }
        return Role.LEARNER;
    }

    private static boolean isTeaching(String role) {
        if (TEACHING.contains(role)) {
            return true; // short context role name (deprecated, still sent by some platforms)
        }
        if (role.startsWith(MEMBERSHIP + "#")) {
            return TEACHING.contains(role.substring(MEMBERSHIP.length() + 1));
        }
        if (role.startsWith(MEMBERSHIP + "/")) {
            // a sub-role: .../membership/Instructor#TeachingAssistant is a kind of Instructor
            String parent = role.substring(MEMBERSHIP.length() + 1).replaceAll("#.*$", "");
            return TEACHING.contains(parent);
        }
        return false;
    }
}
