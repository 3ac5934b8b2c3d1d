package dev.pygrade.contract.result;

import java.util.regex.Pattern;

/**
 * What every free-text string of a {@link GradingResult} is guaranteed to be, whoever wrote it (the learner's code
 * prints and raises whatever it likes): no terminal escape sequences, no control characters but newline and tab,
 * no bidirectional overrides and no lone surrogates. Escape sequences are removed; other such characters are
 * written out as visible escapes ({@code \x00}, {@code \r}, {@code \u202e}), so nothing is hidden and nothing can
 * redraw a terminal or reorder a line on a page. Applying it twice changes nothing.
 */
public final class FeedbackText {
    /** CSI (ESC [ … final), OSC (ESC ] … BEL or ST), other two-character ESC sequences, and the one-byte CSI. */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[ -~]|\u009B[0-?]*[ -/]*[@-~]");

    private FeedbackText() {}

    /** The text made safe to show, or null for null. */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        String stripped = ESCAPE_SEQUENCE.matcher(text).replaceAll("").replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(stripped.length() + 16);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < stripped.length()
                    && Character.isLowSurrogate(stripped.charAt(i + 1))) {
                out.append(c).append(stripped.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\r') {
                out.append("\\r");
            } else if (isControl(c)) {
                out.append(String.format("\\x%02x", (int) c));
            } else if (isBidiControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #clean} would leave the text as it is. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || c == '\r' || isBidiControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** C0 and C1 controls and DEL, except newline and tab (carriage return is handled on its own). */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** Marks and embeddings, overrides and isolates that reorder text (Unicode's Bidi_Control) and line separators. */
    private static boolean isBidiControl(char c) {
        return c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028'
                || c == '\u2029';
    }
}
