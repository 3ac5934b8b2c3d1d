package dev.pygrade.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the exercise catalog directory from {@code pygrade.exercises.root}. An absolute path is taken as it is. A
 * relative path is tried against the working directory, then without its leading {@code ../} segments (the default
 * {@code ../exercises} run from the repository root), then against the parent directory ({@code exercises} run from
 * a module folder). If none exists the error lists every place that was tried. Both services and the catalog check
 * find the catalog this way.
 */
public final class CatalogRoot {
    private CatalogRoot() {}

    public static Path resolve(String configured, Path workingDirectory) {
        Path path = Path.of(configured);
        List<Path> candidates = candidates(path, workingDirectory.toAbsolutePath());
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("pygrade.exercises.root='" + configured + "': no exercise catalog directory at "
                + candidates.stream().map(Path::toString).collect(Collectors.joining(" or "))
                + " (working directory " + workingDirectory.toAbsolutePath() + ")");
    }

    private static List<Path> candidates(Path path, Path workingDirectory) {
        if (path.isAbsolute()) {
            return List.of(path.normalize());
        }
        Set<Path> candidates = new LinkedHashSet<>();
        candidates.add(workingDirectory.resolve(path).normalize());
        Path withoutParents = withoutLeadingParents(path);
        if (withoutParents != null) {
            candidates.add(workingDirectory.resolve(withoutParents).normalize());
        }
        if (workingDirectory.getParent() != null) {
            candidates.add(workingDirectory.getParent().resolve(path).normalize());
        }
        return new ArrayList<>(candidates);
    }

    private static Path withoutLeadingParents(Path path) {
        int skip = 0;
        while (skip < path.getNameCount() && path.getName(skip).toString().equals("..")) {
            skip++;
        }
        return skip == 0 || skip == path.getNameCount() ? null : path.subpath(skip, path.getNameCount());
    }
}
