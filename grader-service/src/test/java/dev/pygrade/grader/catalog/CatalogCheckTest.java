package dev.pygrade.grader.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.grader.sandbox.RuntimeSelector;
import dev.pygrade.grader.sandbox.SandboxFixture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The catalog check of CI (what `exercises/check` does): every exercise, through the real sandbox. */
class CatalogCheckTest {
    private static SandboxFixture sandbox;
    private static ExecutorService pool;
    private static CatalogCheck check;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start("auto");
        pool = Executors.newFixedThreadPool(2);
        check = new CatalogCheck(sandbox.grader(), pool);
    }

    @AfterAll
    static void stop() {
        pool.shutdown();
        assertThat(sandbox.leftovers()).isEmpty();
        sandbox.close();
    }

    @Test
    void everyExerciseIsValid() {
        assertThat(SandboxFixture.library().problems()).isEmpty();
    }

    @Test
    void checksUnderTheDefaultRuntime() {
        assertThat(sandbox.sandbox().runtime()).isEqualTo(RuntimeSelector.RUNSC);
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseGradesItsReferenceAndWrongSolutionsAsStated() {
        ExerciseLibrary library = SandboxFixture.library();
        return library.exercises().stream()
                .map(exercise -> DynamicTest.dynamicTest(
                        String.format("day%02d %s", exercise.day(), exercise.id()),
                        () -> assertThat(check.check(exercise))
                                .as(exercise.id())
                                .isEmpty()));
    }
}
