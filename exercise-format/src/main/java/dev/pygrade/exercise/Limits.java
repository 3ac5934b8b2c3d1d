package dev.pygrade.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** Parses the `limits` block: durations like 2s or 500ms, sizes like 128MiB (already checked by the schema). */
final class Limits {
    private Limits() {}

    static LimitOverrides read(JsonNode node) {
        if (node.isMissingNode()) {
            return LimitOverrides.NONE;
        }
        return new LimitOverrides(
                duration(node.path("time_per_test")),
                duration(node.path("time_total")),
                size(node.path("memory")),
                node.has("processes") ? node.get("processes").asInt() : null,
                size(node.path("output")),
                size(node.path("file_size")),
                node.has("open_files") ? node.get("open_files").asInt() : null);
    }

    static Duration duration(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        String text = node.asText();
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 2))));
        }
        double value = Double.parseDouble(text.substring(0, text.length() - 1));
        return Duration.ofMillis(Math.round(value * (text.endsWith("m") ? 60_000 : 1_000)));
    }

    static Long size(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        String text = node.asText();
        String[][] units = {{"GiB", "1073741824"}, {"MiB", "1048576"}, {"KiB", "1024"}, {"B", "1"}};
        for (String[] unit : units) {
            if (text.endsWith(unit[0])) {
                return Long.parseLong(text.substring(0, text.length() - unit[0].length())) * Long.parseLong(unit[1]);
            }
        }
        throw new IllegalArgumentException(text);
    }
}
