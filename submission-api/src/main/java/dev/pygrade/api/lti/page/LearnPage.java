package dev.pygrade.api.lti.page;

import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.lti.LtiPages;
import dev.pygrade.exercise.Exercise;
import java.util.List;

/**
 * The server-rendered exercise page: statement, starter code in a textarea, and a submit button that posts to the
 * public submission API with the session cookie, then polls the submission until it is graded. Instructors also see
 * the visible tests and are told that their own submissions do not reach the gradebook.
 */
final class LearnPage {
    private LearnPage() {}

    static String render(Exercise exercise, Principal principal) {
        List<LtiPages.VisibleTest> tests = exercise.files().visibleTests().entrySet().stream()
                .map(test -> new LtiPages.VisibleTest(test.getKey(), test.getValue()))
                .toList();
        return LtiPages.learn(
                        exercise.info().title(),
                        exercise.files().statement(),
                        principal.role() == Role.INSTRUCTOR,
                        tests,
                        exercise.settings().learnerFile(),
                        exercise.files().starter(),
                        jsString(exercise.info().id()))
                .render();
    }

    /** Exercise ids are slugs, but escape anyway: this ends up inside a script. */
    private static String jsString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
    }
}
