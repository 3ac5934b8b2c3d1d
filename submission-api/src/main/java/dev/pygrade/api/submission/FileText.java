package dev.pygrade.api.submission;

import java.util.Optional;

/** Checks on the text of one submitted file: what it may contain and how many bytes it takes. */
final class FileText {
    private FileText() {}

    /**
     * Describes the first character a Python source file must not contain: a control character other than tab,
     * newline and carriage return (NUL included), or half of a UTF-16 surrogate pair, which is no character at all.
     */
    static Optional<String> firstForbiddenCharacter(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(
                        "contains an unpaired UTF-16 surrogate \\u%04X at line %d, column %d, which is not text",
                        (int) c, line, column));
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format(
                        "contains the control character U+%04X%s at line %d, column %d; only tab, newline and"
                                + " carriage return are allowed",
                        (int) c, c == 0 ? " (NUL)" : "", line, column));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.empty();
    }

    /** The number of bytes {@code text} takes in UTF-8, without encoding it. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
