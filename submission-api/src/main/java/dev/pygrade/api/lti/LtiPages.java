package dev.pygrade.api.lti;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/**
 * The LTI pages, as Qute templates ({@code templates/lti/}, checked at build time, HTML-escaped by default): the
 * exercise page, the deep-linking picker, the hand-over form that posts a browser on, and the refusal.
 */
@CheckedTemplate(basePath = "lti")
public final class LtiPages {
    private LtiPages() {}

    /** A visible test as instructors see it. */
    public record VisibleTest(String name, String source) {}

    /** An exercise the picker offers. */
    public record PickerRow(String id, int day, String title, String kind) {}

    /** A form field the hand-over page posts. */
    public record Field(String name, String value) {}

    /** {@code exerciseJs} goes into a script unescaped: it must already be a safe JavaScript string body. */
    public static native TemplateInstance learn(
            String title,
            String statement,
            boolean instructor,
            List<VisibleTest> visibleTests,
            String learnerFile,
            String starter,
            String exerciseJs);

    public static native TemplateInstance picker(String launchId, String input, List<PickerRow> rows);

    /** Posts {@code fields} to {@code action} as soon as it loads (how LTI hands a browser from one party to the other). */
    public static native TemplateInstance autoPost(String title, String action, List<Field> fields);

    public static native TemplateInstance refused(String message, String reason);
}
