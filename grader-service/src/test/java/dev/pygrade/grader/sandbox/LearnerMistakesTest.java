package dev.pygrade.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.RepositoryRoot;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the learner's own code causes is graded as the learner's: a failure that counts, never an {@code error}
 * ("not your fault", no attempt used), and whatever it prints or raises reaches the result only as safe text.
 */
@NeedsInfrastructure
class LearnerMistakesTest {
    private static final Path PROBES = RepositoryRoot.get().resolve("grader-service/src/test/resources/probe");
    /** Its visible test imports the function by name at module level: {@code from solution import reverse}. */
    private static final Exercise FROM_IMPORT = probe("property-probe");

    private static final Exercise ATTACK = probe("sandbox-probe");
    private static SandboxFixture sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start("runc");
    }

    @AfterAll
    static void stop() {
        assertThat(sandbox.leftovers()).isEmpty();
        sandbox.close();
    }

    @Test
    void aModuleWithoutTheTestedFunctionFailsAndCounts() {
        GradingResult result = grade(FROM_IMPORT, "def reverse_list(items):\n    return items[::-1]\n");
        assertThat(result.status()).isEqualTo(GradingStatus.FAILED);
        assertThat(result.score()).isZero();
        assertThat(test(result, "test_visible.py::test_reverse").message())
                .isEqualTo("AttributeError: your module has no `reverse`");
    }

    @Test
    void aModuleGetattrThatRaisesAtCollectionFailsAndCounts() {
        GradingResult result = grade(FROM_IMPORT, "def __getattr__(name):\n    raise ValueError('no ' + name)\n");
        assertThat(result.status()).isEqualTo(GradingStatus.FAILED);
        assertThat(test(result, "test_visible.py::test_reverse").message()).startsWith("ValueError: no reverse");
    }

    @Test
    void aModuleThatRaisesWhenImportedFailsAndCounts() {
        GradingResult result = grade(FROM_IMPORT, "raise ValueError('bad config')\n");
        assertThat(result.status()).isEqualTo(GradingStatus.FAILED);
        assertThat(test(result, "test_visible.py::test_reverse").message())
                .startsWith("importing your module raised ValueError: bad config");
    }

    @Test
    void theFailureReportNeverCallsBackIntoTheLearnersCode() {
        // pytest formats a failure with repr() of the arguments in the traceback, after the test's body has ended:
        // this repr would spend the test's time and turn its failure into a timeout.
        String source = "class Attack:\n    def __call__(self):\n        raise ValueError('not solved')\n"
                + "    def __repr__(self):\n        while True:\n            pass\n\nattack = Attack()\n";
        GradingResult result = grade(ATTACK, source);
        assertThat(result.status()).as(result.summary()).isEqualTo(GradingStatus.FAILED);
        TestResult visible = test(result, "test_visible.py::test_attack");
        assertThat(visible.status()).isEqualTo(TestStatus.FAILED);
        assertThat(visible.message()).startsWith("ValueError: not solved");
        assertThat(visible.durationMs()).isLessThan(2000);
    }

    @Test
    void escapesAndControlCharactersFromTheLearnerReachTheResultOnlyAsVisibleText() {
        String source = "def attack():\n"
                + "    print('\\x1b[2J\\x1b[32mall tests passed\\x1b[0m\\rPASSED \\u202eDESSAP\\x00\\x07')\n"
                + "    raise ValueError('\\x1b[1A\\r10/10 \\u202e\\x00')\n";
        GradingResult result = grade(ATTACK, source);
        TestResult visible = test(result, "test_visible.py::test_attack");
        assertThat(visible.output()).isEqualTo("all tests passed\\rPASSED \\u202eDESSAP\\x00\\x07\n");
        assertThat(visible.message()).startsWith("ValueError: \\r10/10 \\u202e\\x00");
        assertThat(ContractJson.write(result)).doesNotContain("\u001B", "\u202E", "\\u0000", "\\u0007");
    }

    private static GradingResult grade(Exercise exercise, String source) {
        SandboxRun run = sandbox.grader().run(exercise, Map.of("solution.py", source), Map.of());
        GradingResult result = sandbox.grader().score(exercise, run, 0, 0);
        assertThat(result.status()).as(result.summary() + "\n" + run.log()).isNotEqualTo(GradingStatus.ERROR);
        return result;
    }

    private static TestResult test(GradingResult result, String id) {
        return result.tests().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + id + " in " + result.tests()));
    }

    private static Exercise probe(String id) {
        return new ExerciseLoader(Set.of("3.11"))
                .load(PROBES.resolve("day01-probe").resolve(id), PROBES);
    }
}
