package dev.pygrade.api.submission;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a submitted file may be called: a bare Python module name. Paths (traversal or absolute), control
 * characters and overlong names each get their own explanation; names are echoed with control characters escaped.
 */
final class FileNames {
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.py");
    static final int MAX_LENGTH = 100;
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private FileNames() {}

    /** Why {@code name} is not allowed, as a sentence about 'name', or empty when it is fine. */
    static Optional<String> problem(String name) {
        String shown = "file name '" + display(name) + "'";
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(shown + " contains a control character; send a bare file name such as helper.py");
        }
        if (name.startsWith("/")
                || name.startsWith("\\")
                || WINDOWS_DRIVE.matcher(name).matches()) {
            return Optional.of(shown + " is an absolute path; send a bare file name such as helper.py");
        }
        if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
            return Optional.of(shown + " is a path; directories and '..' are not allowed, send a bare file name");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(shown + " is longer than " + MAX_LENGTH + " characters");
        }
        if (!FILE_NAME.matcher(name).matches()) {
            return Optional.of(shown + " is not allowed: it must match " + FILE_NAME.pattern());
        }
        return Optional.empty();
    }

    /** The name with control characters shown as backslash-u escapes, safe to echo and to log. */
    static String display(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(120).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 120 ? shown + "…" : shown.toString();
    }
}
