package dev.pygrade.api.lti;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.api.auth.Role;
import dev.pygrade.api.lti.launch.LaunchRoles;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchRolesTest {
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";

    @Test
    void teachingContextRolesAreInstructors() {
        assertThat(LaunchRoles.of(List.of(MEMBERSHIP + "#Instructor"))).isEqualTo(Role.INSTRUCTOR);
        assertThat(LaunchRoles.of(List.of(MEMBERSHIP + "#ContentDeveloper"))).isEqualTo(Role.INSTRUCTOR);
        assertThat(LaunchRoles.of(List.of(MEMBERSHIP + "#Administrator"))).isEqualTo(Role.INSTRUCTOR);
        assertThat(LaunchRoles.of(List.of(MEMBERSHIP + "/Instructor#TeachingAssistant")))
                .isEqualTo(Role.INSTRUCTOR);
        assertThat(LaunchRoles.of(List.of("Instructor"))).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void everythingElseIsALearnerAndNeverAnAdmin() {
        assertThat(LaunchRoles.of(List.of(MEMBERSHIP + "#Learner"))).isEqualTo(Role.LEARNER);
        assertThat(LaunchRoles.of(List.of("Learner"))).isEqualTo(Role.LEARNER);
        assertThat(LaunchRoles.of(List.of(MEMBERSHIP + "#Mentor"))).isEqualTo(Role.LEARNER);
        assertThat(LaunchRoles.of(List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")))
                .isEqualTo(Role.LEARNER);
        assertThat(LaunchRoles.of(List.of("urn:example:Wizard"))).isEqualTo(Role.LEARNER);
        assertThat(LaunchRoles.of(List.of())).isEqualTo(Role.LEARNER);
    }
}
