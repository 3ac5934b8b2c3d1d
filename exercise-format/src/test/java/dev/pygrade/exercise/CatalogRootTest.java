package dev.pygrade.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogRootTest {
    @TempDir
    Path repo;

    @Test
    void theDefaultWorksFromTheModuleAndFromTheRepositoryRoot() throws IOException {
        Path exercises = Files.createDirectories(repo.resolve("exercises"));
        Path module = Files.createDirectories(repo.resolve("submission-api"));

        assertThat(CatalogRoot.resolve("../exercises", module)).isEqualTo(exercises);
        assertThat(CatalogRoot.resolve("../exercises", repo)).isEqualTo(exercises);
    }

    @Test
    void aPathWithoutParentsIsAlsoTriedAgainstTheParentDirectory() throws IOException {
        Path exercises = Files.createDirectories(repo.resolve("exercises"));
        Path module = Files.createDirectories(repo.resolve("submission-api"));

        assertThat(CatalogRoot.resolve("exercises", repo)).isEqualTo(exercises);
        assertThat(CatalogRoot.resolve("exercises", module)).isEqualTo(exercises);
    }

    @Test
    void anAbsolutePathIsTakenAsItIs() throws IOException {
        Path exercises = Files.createDirectories(repo.resolve("elsewhere/catalog"));
        assertThat(CatalogRoot.resolve(exercises.toString(), Path.of("/"))).isEqualTo(exercises);
    }

    @Test
    void theErrorNamesEveryPlaceTried() throws IOException {
        Path module = Files.createDirectories(repo.resolve("submission-api"));

        assertThatThrownBy(() -> CatalogRoot.resolve("../exercises", module))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("pygrade.exercises.root='../exercises': no exercise catalog directory at "
                        + repo.resolve("exercises") + " or " + module.resolve("exercises") + " or "
                        + repo.getParent().resolve("exercises") + " (working directory " + module + ")");
        assertThatThrownBy(() -> CatalogRoot.resolve("/no/such/catalog", module))
                .hasMessageStartingWith("pygrade.exercises.root='/no/such/catalog': no exercise catalog directory at"
                        + " /no/such/catalog (");
    }
}
