package dev.pygrade.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.grader.grading.ReferenceCountCache;
import dev.pygrade.grader.grading.SandboxGrader;
import dev.pygrade.testkit.NeedsInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sandboxes started ahead of their jobs, on the real engine under both runtimes: used once, nothing passed on. */
@NeedsInfrastructure
class SandboxPoolTest {
    private static final Exercise EXERCISE = SandboxFixture.exercise("append-to-fresh-list");
    // Leaves state where a later submission could look (files, a process), and fails if it finds any left by
    // another submission (SUBMISSION differs in each; the tests of one submission share /tmp).
    private static final String LEAVES_AND_CHECKS_STATE = """
            import os, subprocess
            MINE = SUBMISSION
            for left in ("/tmp/pygrade-left-behind", "/learner/pygrade-left-behind"):
                try:
                    with open(left) as found:
                        if found.read() != MINE:
                            raise RuntimeError("state passed between submissions: " + left)
                except OSError:
                    pass
                try:
                    with open(left, "w") as out:
                        out.write(MINE)
                except OSError:
                    pass
            try:
                subprocess.Popen(["sleep", "300"], start_new_session=True)
            except OSError:
                pass
            """;

    static List<String> runtimes() {
        return SandboxFixture.runtimes();
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void aJobTakesASandboxStartedAheadAndThePoolStartsTheNextBehindIt(String runtime) {
        try (SandboxFixture fixture = SandboxFixture.start(runtime);
                SandboxPool pool = new SandboxPool(fixture.sandbox(), 1, Duration.ofMinutes(2))) {
            SandboxLimits limits = new LimitsPolicy(fixture.config())
                    .effective(EXERCISE.settings().limits());
            String used = fixture.sandbox().runtime();
            pool.warm(limits, used);
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.readyCount(limits, used) == 1);
            String ahead = pool.readyContainers().get(0);

            PreparedSandbox taken = pool.take(limits, used, Map.of());
            assertThat(taken.containerId()).isEqualTo(ahead);
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.readyCount(limits, used) == 1);
            assertThat(pool.readyContainers()).doesNotContain(ahead);

            SandboxRun run = fixture.sandbox()
                    .run(
                            taken,
                            SandboxJob.of(EXERCISE, EXERCISE.files().reference(), limits, taken.learnerUid()),
                            limits);
            assertThat(fixture.grader().score(EXERCISE, run, 0, 0).status()).isEqualTo(GradingStatus.PASSED);
            assertThat(fixture.leftovers())
                    .as("the used sandbox is gone; the one started behind it waits")
                    .containsExactlyInAnyOrderElementsOf(pool.readyContainers().stream()
                            .map(id -> id.substring(0, 12))
                            .toList());
            pool.close();
            assertThat(fixture.leftovers()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void nothingPassesFromOneSubmissionToTheNext(String runtime) {
        try (SandboxFixture fixture = SandboxFixture.start(runtime);
                SandboxPool pool = new SandboxPool(fixture.sandbox(), 1, Duration.ofMinutes(2))) {
            SandboxGrader grader = new SandboxGrader(
                    fixture.sandbox(),
                    new LimitsPolicy(fixture.config()),
                    1.0,
                    fixture.config().memoryRuntime(),
                    new ReferenceCountCache(Duration.ofMinutes(2)),
                    pool);
            String learner = EXERCISE.settings().learnerFile();
            for (int submission = 1; submission <= 3; submission++) {
                String source = "SUBMISSION = '" + UUID.randomUUID() + "'\n" + LEAVES_AND_CHECKS_STATE
                        + EXERCISE.files().reference().get(learner);
                SandboxRun run = grader.run(EXERCISE, Map.of(learner, source), Map.of());
                GradingResult result = grader.score(EXERCISE, run, 0, 0);
                assertThat(result.status())
                        .as("submission %d: %s", submission, result.summary())
                        .isEqualTo(GradingStatus.PASSED);
                assertThat(result.score()).isEqualTo(result.maxScore());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void aSandboxThatDiedWhileWaitingIsNotHandedOut(String runtime) {
        try (SandboxFixture fixture = SandboxFixture.start(runtime);
                SandboxPool pool = new SandboxPool(fixture.sandbox(), 1, Duration.ofMinutes(2))) {
            SandboxLimits limits = new LimitsPolicy(fixture.config())
                    .effective(EXERCISE.settings().limits());
            String used = fixture.sandbox().runtime();
            pool.warm(limits, used);
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.readyCount(limits, used) == 1);
            String dead = pool.readyContainers().get(0);
            fixture.docker().killContainerCmd(dead).exec();
            await().atMost(Duration.ofSeconds(30)).until(() -> pool.readyCount(limits, used) == 0);

            PreparedSandbox taken = pool.take(limits, used, Map.of());
            assertThat(taken.containerId()).isNotEqualTo(dead);
            SandboxRun run = fixture.sandbox()
                    .run(
                            taken,
                            SandboxJob.of(EXERCISE, EXERCISE.files().reference(), limits, taken.learnerUid()),
                            limits);
            assertThat(fixture.grader().score(EXERCISE, run, 0, 0).status()).isEqualTo(GradingStatus.PASSED);
            assertThat(fixture.leftovers()).doesNotContain(dead);
        }
    }
}
