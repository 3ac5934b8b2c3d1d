package dev.pygrade.api.lti.deeplink;

import dev.pygrade.api.lti.Html;
import dev.pygrade.api.lti.launch.LaunchRecord;
import dev.pygrade.exercise.Exercise;
import java.util.List;

/**
 * The picker: every exercise of the catalog, as the catalog sorts them (by day), with checkboxes, or radio buttons
 * where the platform takes one item only.
 */
final class DeepLinkPickerPage {
    private DeepLinkPickerPage() {}

    static String render(LaunchRecord launch, List<Exercise> exercises) {
        String input = Boolean.TRUE.equals(launch.acceptMultiple) ? "checkbox" : "radio";
        StringBuilder body = new StringBuilder("<h1>Add Pygrade exercises to your course</h1>")
                .append("<form id=\"picker\" method=\"post\" action=\"/lti/deep-link/")
                .append(launch.id)
                .append("\"><table><thead><tr><th></th><th>Day</th><th>Exercise</th><th>Kind</th></tr></thead><tbody>");
        for (Exercise exercise : exercises) {
            String id = Html.escape(exercise.id());
            body.append("<tr><td><input type=\"")
                    .append(input)
                    .append("\" name=\"exerciseId\" id=\"pick-")
                    .append(id)
                    .append("\" value=\"")
                    .append(id)
                    .append("\"></td><td>")
                    .append(exercise.day())
                    .append("</td><td><label for=\"pick-")
                    .append(id)
                    .append("\">")
                    .append(Html.escape(exercise.title()))
                    .append("</label></td><td>")
                    .append(Html.escape(exercise.kind().wire()))
                    .append("</td></tr>");
        }
        body.append("</tbody></table><button type=\"submit\" id=\"add\">Add to course</button></form>");
        return Html.page("Pick exercises", body.toString());
    }
}
