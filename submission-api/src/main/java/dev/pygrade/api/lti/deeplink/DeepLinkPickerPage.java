package dev.pygrade.api.lti.deeplink;

import dev.pygrade.api.lti.LtiPages;
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
        List<LtiPages.PickerRow> rows = exercises.stream()
                .map(Exercise::info)
                .map(e -> new LtiPages.PickerRow(
                        e.id(), e.day(), e.title(), e.kind().wire()))
                .toList();
        return LtiPages.picker(String.valueOf(launch.id), input, rows).render();
    }
}
