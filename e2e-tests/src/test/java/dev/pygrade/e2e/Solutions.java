package dev.pygrade.e2e;

import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Solutions of the catalog's exercises, read from exercises/, as submissions' file maps. */
final class Solutions {
    static final String EXERCISE = "append-to-fresh-list";
    private static final Path FOLDER = RepositoryRoot.get().resolve("exercises/day14-arguments/" + EXERCISE);

    private Solutions() {}

    /** The reference of append-to-fresh-list: graded passed, full marks. */
    static Map<String, String> passing() {
        return file(FOLDER.resolve("solution.py"));
    }

    /** A known-wrong solution of append-to-fresh-list (the mutable default): graded failed. */
    static Map<String, String> failing() {
        return file(FOLDER.resolve("wrong/mutable_default.py"));
    }

    static Map<String, String> file(Path path) {
        try {
            return Map.of("solution.py", Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
