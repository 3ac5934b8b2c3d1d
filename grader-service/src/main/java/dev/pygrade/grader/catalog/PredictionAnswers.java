package dev.pygrade.grader.catalog;

import java.util.Map;
import java.util.TreeMap;

/** Writes a predict-output answer module: {@code ANSWERS = {"snippet_id": "what it prints", ...}}. */
final class PredictionAnswers {
    private PredictionAnswers() {}

    static String module(Map<String, String> answers) {
        StringBuilder text = new StringBuilder("ANSWERS = {\n");
        new TreeMap<>(answers)
                .forEach((id, output) -> text.append("    ")
                        .append(pythonString(id))
                        .append(": ")
                        .append(pythonString(output))
                        .append(",\n"));
        return text.append("}\n").toString();
    }

    static String pythonString(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '"' -> text.append("\\\"");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\x%02x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
