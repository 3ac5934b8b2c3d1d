package dev.pygrade.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.contract.result.Visibility;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.grader.config.StandaloneConfig;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real sandbox image on the real engine, under both runtimes. */
@NeedsInfrastructure
class DockerSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> runtimes() {
        return SandboxFixture.runtimes();
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void referenceScoresFullMarksAndWrongSolutionLosesTheAliasingPoints(String runtime) throws IOException {
        Exercise exercise = SandboxFixture.exercise("grid-without-aliasing");
        try (SandboxFixture sandbox = SandboxFixture.start(runtime)) {
            SandboxRun good = sandbox.grader().run(exercise, exercise.files().reference(), Map.of());
            assertThat(good.outcome().failure()).isNull();
            assertThat(good.environment().runtime()).isEqualTo(runtime);
            assertThat(good.environment().imageId()).startsWith("sha256:");
            assertMatchesSchema(
                    "report.schema.json", JSON.readTree(good.outcome().reportJson()));
            GradingResult passed = sandbox.grader().score(exercise, good, 0, 0);
            assertThat(passed.status()).isEqualTo(GradingStatus.PASSED);
            assertThat(passed.score()).isEqualTo(passed.maxScore()).isEqualTo(9.0);
            assertThat(passed.environment().runtime()).isEqualTo(runtime);
            assertThat(passed.environment().pythonVersion()).startsWith("3.11");

            String wrong = exercise.wrong().get(0).source();
            GradingResult failed = sandbox.grader()
                    .score(exercise, sandbox.grader().run(exercise, Map.of("solution.py", wrong), Map.of()), 0, 0);
            assertThat(failed.status()).isEqualTo(GradingStatus.FAILED);
            assertThat(failed.score()).isEqualTo(7.0);
            TestResult rows = test(failed, "test_hidden.py::test_rows_are_independent");
            assertThat(rows.status()).isEqualTo(TestStatus.FAILED);
            assertThat(rows.visibility()).isEqualTo(Visibility.HIDDEN);
            assertThat(rows.hint()).contains("[[fill] * cols] * rows");
            assertThat(rows.message()).isNull();
            assertThat(rows.actual()).isNull();
            assertThat(sandbox.leftovers()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void visibleFailuresShowExpectedAndActual(String runtime) {
        Exercise exercise = SandboxFixture.exercise("grid-without-aliasing");
        String broken = "def make_grid(rows, cols, fill=0):\n    return [[fill] * rows for _ in range(cols)]\n\n"
                + "def copy_grid(grid):\n    print('copying', grid)\n    return [list(r) for r in grid]\n";
        try (SandboxFixture sandbox = SandboxFixture.start(runtime)) {
            GradingResult result = sandbox.grader()
                    .score(exercise, sandbox.grader().run(exercise, Map.of("solution.py", broken), Map.of()), 0, 0);
            TestResult shape = test(result, "test_visible.py::test_make_grid_shape");
            assertThat(shape.status()).isEqualTo(TestStatus.FAILED);
            assertThat(shape.actual()).isEqualTo("[[0, 0], [0, 0], [0, 0]]");
            assertThat(shape.expected()).isEqualTo("[[0, 0, 0], [0, 0, 0]]");
            assertThat(shape.message()).contains("assert");
            assertThat(test(result, "test_visible.py::test_copy_grid_equal").output())
                    .isEqualTo("copying [[1, 2], [3, 4]]\n");
            assertThat(result.summary()).isEqualTo("4 of 7 tests passed (5 of 9 points); 3 failed");
        }
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void syntaxErrorsFailEveryTestWithTheLineNumber(String runtime) {
        Exercise exercise = SandboxFixture.exercise("append-to-fresh-list");
        try (SandboxFixture sandbox = SandboxFixture.start(runtime)) {
            GradingResult result = sandbox.grader()
                    .score(
                            exercise,
                            sandbox.grader()
                                    .run(
                                            exercise,
                                            Map.of("solution.py", "def append_to(item, items=None)\n"),
                                            Map.of()),
                            0,
                            0);
            assertThat(result.status()).isEqualTo(GradingStatus.FAILED);
            assertThat(result.score()).isZero();
            TestResult visible = test(result, "test_visible.py::test_append_to_new_list");
            assertThat(visible.message())
                    .contains("importing your module raised SyntaxError")
                    .contains("SyntaxError")
                    .contains("line 1");
        }
    }

    @ParameterizedTest
    @MethodSource("runtimes")
    void aSandboxStartedAheadWaitsWarmForItsOneJob(String runtime) {
        Exercise exercise = SandboxFixture.exercise("append-to-fresh-list");
        try (SandboxFixture fixture = SandboxFixture.start(runtime)) {
            DockerSandbox sandbox = fixture.sandbox();
            SandboxLimits limits = new LimitsPolicy(fixture.config())
                    .effective(exercise.settings().limits());
            int uid = sandbox.acquireLearnerUid();
            PreparedSandbox prepared = sandbox.prepare(limits, uid, Map.of(), sandbox.runtime());
            // Still up, and waiting, for as long as we look.
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> fixture.docker()
                            .inspectContainerCmd(prepared.containerId())
                            .exec()
                            .getState()
                            .getRunning());
            SandboxRun run = sandbox.run(
                    prepared, SandboxJob.of(exercise, exercise.files().reference(), limits, uid), limits);
            GradingResult result = fixture.grader().score(exercise, run, 0, 0);
            assertThat(result.status()).isEqualTo(GradingStatus.PASSED);
            assertThat(fixture.leftovers()).isEmpty();
        }
    }

    @Test
    void aPreparedSandboxThatGetsNoJobIsRemoved() {
        try (SandboxFixture fixture = SandboxFixture.start(RuntimeSelector.RUNC)) {
            Exercise exercise = SandboxFixture.exercise("append-to-fresh-list");
            SandboxLimits limits = new LimitsPolicy(fixture.config())
                    .effective(exercise.settings().limits());
            PreparedSandbox prepared = fixture.sandbox()
                    .prepare(
                            limits,
                            fixture.sandbox().acquireLearnerUid(),
                            Map.of(),
                            fixture.sandbox().runtime());
            assertThat(fixture.leftovers()).hasSize(1);
            fixture.sandbox().discard(prepared);
            assertThat(fixture.leftovers()).isEmpty();
        }
    }

    @Test
    void jobDocumentMatchesItsSchema() throws IOException {
        Exercise exercise = SandboxFixture.exercise("predict-type-of-type");
        SandboxJob job = SandboxJob.of(
                exercise,
                Map.of("solution.py", "ANSWERS = {}\n"),
                new LimitsPolicy(StandaloneConfig.load().sandbox())
                        .effective(exercise.settings().limits()),
                200123);
        JsonNode document = JSON.readTree(ContractJson.mapper().writeValueAsString(job));
        assertMatchesSchema("job.schema.json", document);
        assertThat(document.at("/exercise/snippets/0/id").asText()).isEqualTo("type_of_int");
    }

    private static TestResult test(GradingResult result, String id) {
        return result.tests().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + id + " in " + result.tests()));
    }

    static void assertMatchesSchema(String schemaFile, JsonNode document) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                        Files.readString(RepositoryRoot.get().resolve("sandbox-images/python/schema/" + schemaFile)));
        assertThat(schema.validate(document)).as(schemaFile).isEmpty();
    }
}
