package dev.pygrade.api.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.Topics;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a submission can be refused: the status, problem+json, the precise detail and field. After each
 * refusal a valid "fence" submission proves that nothing was stored and nothing reached Kafka: its message is the
 * only one on the topic since the test began, and it is the only new row.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class SubmissionValidationTest {
    private static final String GRID = Api.GRID;
    private static final String LIMIT_DETAIL = "at most 262144 bytes (256 KiB) are allowed";

    /** One tail for the whole class; each test looks only at what arrived after it began. */
    private static TopicTail submissions;

    @Inject
    AgroalDataSource dataSource;

    private Sql sql;
    private int recordsBefore;
    private long submissionsBefore;
    private String marker;

    @BeforeEach
    void watch() {
        if (submissions == null) {
            KafkaTestClients.ensureTopics(KafkaBroker.shared().bootstrapServers());
            submissions = new TopicTail(KafkaBroker.shared().bootstrapServers(), Topics.SUBMISSIONS);
        }
        sql = new Sql(dataSource);
        recordsBefore = submissions.drainToEnd().size();
        submissionsBefore = sql.count("select count(*) from submission");
        marker = "marker_" + UUID.randomUUID().toString().replace('-', '_');
    }

    @AfterEach
    void nothingWasStoredOrProduced() {
        String fence = Api.submit(GRID, "# fence\n");
        submissions.awaitKey(fence, Duration.ofSeconds(10));
        List<ConsumerRecord<String, String>> all = submissions.drainToEnd();
        List<ConsumerRecord<String, String>> produced = all.subList(recordsBefore, all.size());
        assertThat(produced).extracting(ConsumerRecord::key).containsExactly(fence);
        assertThat(sql.count("select count(*) from submission")).isEqualTo(submissionsBefore + 1);
        assertThat(sql.count("select count(*) from submission where files like ?", "%" + marker + "%"))
                .isZero();
        assertThat(sql.count("select count(*) from outbox_event where payload like ?", "%" + marker + "%"))
                .isZero();
    }

    @AfterAll
    static void closeTail() {
        if (submissions != null) {
            submissions.close();
            submissions = null;
        }
    }

    @Test
    void malformedJsonIs400() {
        post("{\"exerciseId\": \"" + GRID + "\", \"source\": \"" + marker + "\",}", "application/json")
                .statusCode(400)
                .body("type", equalTo("https://pygrade.dev/problems/invalid-request-body"))
                .body("title", equalTo("The request body cannot be read"))
                .body("instance", equalTo("/api/v1/submissions"))
                .body(
                        "detail",
                        equalTo("request body is not valid JSON: Unexpected character ('}' (code 125)): was"
                                + " expecting double-quote to start field name (line 1, column "
                                + (54 + marker.length()) + ")"));
    }

    @Test
    void emptyBodyIs400() {
        post("", "application/json")
                .statusCode(400)
                .body(
                        "detail",
                        equalTo("request body is empty: send a JSON object with exerciseId and either files or"
                                + " source"));
    }

    @Test
    void filesAsTextIs400NamingTheField() {
        post("{\"exerciseId\": \"" + GRID + "\", \"files\": \"" + marker + "\"}", "application/json")
                .statusCode(400)
                .body("detail", equalTo("field 'files' must be a JSON object, not a string"))
                .body("errors[0].field", equalTo("files"));
    }

    @Test
    void fileTextAsNumberIs400NamingTheFile() {
        post("{\"exerciseId\": \"" + GRID + "\", \"files\": {\"solution.py\": 42}}", "application/json")
                .statusCode(400)
                .body("detail", equalTo("field 'files[\"solution.py\"]' must be a string, not a number"))
                .body("errors[0].field", equalTo("files[\"solution.py\"]"));
    }

    @Test
    void sourceAsNumberIs400() {
        post("{\"exerciseId\": \"" + GRID + "\", \"source\": 42}", "application/json")
                .statusCode(400)
                .body("detail", equalTo("field 'source' must be a string, not a number"));
    }

    @Test
    void bodyAsArrayIs400() {
        post("[\"" + marker + "\"]", "application/json")
                .statusCode(400)
                .body("detail", equalTo("the request body must be a JSON object, not an array"));
    }

    @Test
    void unsupportedMediaTypeIs415() {
        post("exerciseId=" + GRID + "&source=" + marker, "application/x-www-form-urlencoded")
                .statusCode(415)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Unsupported Media Type"))
                .body("detail", startsWith("Content-Type 'application/x-www-form-urlencoded"))
                .body("detail", Matchers.endsWith("is not supported here; send application/json"));
    }

    @Test
    void unknownExerciseIs422() {
        invalid("{\"exerciseId\": \"no-such-exercise\", \"source\": \"" + marker + "\"}")
                .body("detail", equalTo("exercise 'no-such-exercise' does not exist"))
                .body("errors.field", equalTo(List.of("exerciseId")));
    }

    @Test
    void missingExerciseIdIs422() {
        invalid("{\"source\": \"" + marker + "\"}")
                .body("detail", equalTo("exerciseId is required"))
                .body("errors.field", equalTo(List.of("exerciseId")));
    }

    @Test
    void neitherFilesNorSourceIs422() {
        invalid("{\"exerciseId\": \"" + GRID + "\"}")
                .body(
                        "detail",
                        equalTo("either 'files' (file name to text) or 'source' (the text of the learner file) is"
                                + " required"));
    }

    @Test
    void bothFilesAndSourceIs422() {
        invalid(body("{\"solution.py\": \"" + marker + "\"}", "\"" + marker + "\""))
                .body("detail", equalTo("send either 'files' or 'source', not both"))
                .body("errors.field", equalTo(List.of("source")));
    }

    @Test
    void emptySourceIs422() {
        invalid(body(null, "\"\"")).body("detail", equalTo("source is empty or only whitespace"));
    }

    @Test
    void whitespaceSourceIs422() {
        invalid(body(null, "\" \\n\\t \\r\\n\"")).body("detail", equalTo("source is empty or only whitespace"));
    }

    @Test
    void whitespaceLearnerFileIs422() {
        invalid(body("{\"solution.py\": \"  \\n\", \"helper.py\": \"" + marker + "\"}", null))
                .body("detail", equalTo("file 'solution.py' is empty or only whitespace"))
                .body("errors.field", equalTo(List.of("files[\"solution.py\"]")));
    }

    @Test
    void nulInSourceIs422() {
        invalid(body(null, "\"# " + marker + "\\nx = 1\\u0000\""))
                .body(
                        "detail",
                        equalTo("source contains the control character U+0000 (NUL) at line 2, column 6; only tab,"
                                + " newline and carriage return are allowed"));
    }

    @Test
    void escapeCharacterInFileIs422() {
        invalid(body("{\"solution.py\": \"# " + marker + "\\nprint('\\u001b[31mred')\"}", null))
                .body(
                        "detail",
                        equalTo("file 'solution.py' contains the control character U+001B at line 2, column 8;"
                                + " only tab, newline and carriage return are allowed"))
                .body("errors.field", equalTo(List.of("files[\"solution.py\"]")));
    }

    @Test
    void unpairedSurrogateIs422() {
        invalid(body(null, "\"# " + marker + "\\n\\ud800\""))
                .body(
                        "detail",
                        equalTo("source contains an unpaired UTF-16 surrogate \\uD800 at line 2, column 1, which is"
                                + " not text"));
    }

    @Test
    void badFileNamesAre422() {
        invalid(body(
                        "{\"solution.py\": \"# " + marker + "\", \"my-helper.py\": \"x = 1\", \"../evil.py\": \"x\","
                                + " \"notes.txt\": \"x\", \"1st.py\": \"x\"}",
                        null))
                .body(
                        "errors.field",
                        equalTo(List.of(
                                "files[\"../evil.py\"]",
                                "files[\"1st.py\"]",
                                "files[\"my-helper.py\"]",
                                "files[\"notes.txt\"]")))
                .body(
                        "errors[2].message",
                        equalTo("file name 'my-helper.py' is not allowed: it must match [A-Za-z_][A-Za-z0-9_]*\\.py"));
    }

    @Test
    void missingLearnerFileIs422() {
        invalid(body("{\"helper.py\": \"# " + marker + "\"}", null))
                .body(
                        "detail",
                        equalTo("files must contain 'solution.py', the file exercise 'grid-without-aliasing'"
                                + " grades"));
    }

    @Test
    void emptyFilesIs422() {
        invalid(body("{}", null)).body("detail", equalTo("files is empty: it must contain at least the learner file"));
    }

    @Test
    void nullFileTextIs422() {
        invalid(body("{\"solution.py\": \"# " + marker + "\", \"helper.py\": null}", null))
                .body("detail", equalTo("file 'helper.py' must be text, not null"));
    }

    @Test
    void elevenFilesAre422() {
        String files = IntStream.range(0, 10)
                .mapToObj(i -> "\"helper" + i + ".py\": \"x = " + i + "\"")
                .collect(Collectors.joining(", ", "{\"solution.py\": \"# " + marker + "\", ", "}"));
        invalid(body(files, null))
                .body("detail", equalTo("at most 10 files are allowed, got 11"))
                .body("errors.field", equalTo(List.of("files")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        invalid("{\"files\": {\"solution.py\": \"# " + marker + "\", \"bad name.py\": \"\"}}")
                .body("errors.field", equalTo(List.of("exerciseId", "files[\"bad name.py\"]")))
                .body(
                        "detail",
                        equalTo("exerciseId is required; file name 'bad name.py' is not allowed: it must match"
                                + " [A-Za-z_][A-Za-z0-9_]*\\.py"));
    }

    @Test
    void moreThan256KibOfSourceIs413() {
        String source = "# " + marker + "\n" + "x".repeat(262144 - marker.length() - 2);
        post(body(null, json(source)), "application/json")
                .statusCode(413)
                .body("type", equalTo("https://pygrade.dev/problems/submission-too-large"))
                .body("detail", equalTo("the submitted files hold 262145 bytes of UTF-8 text; " + LIMIT_DETAIL))
                .body("errors.field", equalTo(List.of("source")));
    }

    @Test
    void theLimitCountsUtf8BytesOfAllFiles() {
        // 65,537 two-byte characters in each of two files: 131,074 characters, 262,148 bytes.
        String half = "\u00e9".repeat(65537);
        String files = json(Map.of("solution.py", "# " + marker + "\n" + half, "helper.py", half));
        post(body(files, null), "application/json")
                .statusCode(413)
                .body(
                        "detail",
                        equalTo("the submitted files hold " + (262148 + 3 + marker.length()) + " bytes of UTF-8 text; "
                                + LIMIT_DETAIL))
                .body("errors.field", equalTo(List.of("files")));
    }

    @Test
    void traversalFileNameIs422() {
        invalid(body("{\"solution.py\": \"# " + marker + "\", \"../../etc/cron.py\": \"x\"}", null))
                .body("errors.field", equalTo(List.of("files[\"../../etc/cron.py\"]")))
                .body(
                        "detail",
                        equalTo("file name '../../etc/cron.py' is a path; directories and '..' are not allowed, send a"
                                + " bare file name"));
    }

    @Test
    void absolutePathFileNamesAre422() {
        invalid(body(
                        "{\"solution.py\": \"# " + marker + "\", \"/etc/evil.py\": \"x\", \"C:\\\\evil.py\": \"x\"}",
                        null))
                .body("errors.field", equalTo(List.of("files[\"/etc/evil.py\"]", "files[\"C:\\evil.py\"]")))
                .body(
                        "errors[0].message",
                        equalTo(
                                "file name '/etc/evil.py' is an absolute path; send a bare file name such as helper.py"));
    }

    @Test
    void controlCharacterInFileNameIs422AndIsEchoedEscaped() {
        invalid(body("{\"solution.py\": \"# " + marker + "\", \"a\\u0007b.py\": \"x\"}", null))
                .body("errors.field", equalTo(List.of("files[\"a\\u0007b.py\"]")))
                .body(
                        "detail",
                        equalTo("file name 'a\\u0007b.py' contains a control character; send a bare file name such as"
                                + " helper.py"));
    }

    @Test
    void overlongFileNameIs422() {
        String name = "a".repeat(101) + ".py";
        invalid(body("{\"solution.py\": \"# " + marker + "\", \"" + name + "\": \"x\"}", null))
                .body("detail", equalTo("file name '" + name + "' is longer than 100 characters"));
    }

    @Test
    void bytesThatAreNotUtf8Are400() {
        byte[] prefix = ("{\"exerciseId\": \"" + GRID + "\", \"source\": \"# " + marker + " caf")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(prefix, prefix.length + 3);
        bytes[prefix.length] = (byte) 0xE9; // é in Latin-1, not UTF-8
        bytes[prefix.length + 1] = '"';
        bytes[prefix.length + 2] = '}';
        ValidatableResponse response = Api.asAdmin()
                .contentType("application/json")
                .body(bytes)
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/invalid-request-body"));
        assertThat(response.extract().jsonPath().getString("detail"))
                .startsWith("request body is not UTF-8 text: Invalid UTF-8");
    }

    @Test
    void aCharsetOtherThanUtf8Is415() {
        post(body(null, "\"# " + marker + "\""), "application/json; charset=ISO-8859-1")
                .statusCode(415)
                .body(
                        "detail",
                        equalTo("charset 'ISO-8859-1' is not supported: JSON bodies must be UTF-8 (Content-Type:"
                                + " application/json or application/json; charset=utf-8)"));
    }

    @Test
    void aFieldSentTwiceIs400() {
        post(
                        "{\"exerciseId\": \"" + GRID + "\", \"source\": \"# " + marker + "\", \"source\": \"x\"}",
                        "application/json")
                .statusCode(400)
                .body("detail", startsWith("request body is not valid JSON: Duplicate field 'source'"));
    }

    @Test
    void learnerAsNumberIs400() {
        post(body(null, "\"# " + marker + "\"").replace("}", ", \"learner\": 7}"), "application/json")
                .statusCode(400)
                .body("detail", equalTo("field 'learner' must be a string, not a number"));
    }

    @Test
    void overlongLearnerIs422() {
        invalid(body(null, "\"# " + marker + "\"").replace("}", ", \"learner\": \"" + "l".repeat(301) + "\"}"))
                .body("detail", equalTo("learner must be 1 to 300 characters when it is sent"))
                .body("errors.field", equalTo(List.of("learner")));
    }

    @Test
    void aCallbackUrlThatIsNotHttpIs422() {
        invalid(body(null, "\"# " + marker + "\"").replace("}", ", \"callbackUrl\": \"file:///etc/passwd\"}"))
                .body("detail", equalTo("callbackUrl must be an absolute http or https URL, not 'file:///etc/passwd'"));
    }

    @Test
    void aMalformedIdempotencyKeyIs400() {
        Api.asAdmin()
                .contentType("application/json")
                .header("Idempotency-Key", "has spaces " + marker)
                .body(body(null, "\"# " + marker + "\""))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/invalid-idempotency-key"))
                .body(
                        "detail",
                        equalTo("the Idempotency-Key header must be 1 to 200 visible ASCII characters without spaces,"
                                + " e.g. a UUID"));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String first = Api.asAdmin()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body(null, "\"x = 1\""))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        // The first request is a real submission: the fence counts from after it.
        submissions.awaitKey(first, Duration.ofSeconds(10));
        recordsBefore = submissions.drainToEnd().size();
        submissionsBefore = sql.count("select count(*) from submission");
        Api.asAdmin()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body(null, "\"# " + marker + "\""))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(422)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/idempotency-key-reused"));
    }

    @Test
    void noCredentialsIs401() {
        Api.anonymous()
                .contentType("application/json")
                .body(body(null, "\"# " + marker + "\""))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(401)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/unauthenticated"));
    }

    @Test
    void aLearnerSubmittingForSomeoneElseIs403() {
        Api.as(dev.pygrade.api.testing.Keys.session("v-learner", "v-course"))
                .contentType("application/json")
                .body(body(null, "\"# " + marker + "\"").replace("}", ", \"learner\": \"somebody-else\"}"))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(403)
                .contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("only instructor or admin API keys may submit for another learner"));
    }

    private ValidatableResponse invalid(String json) {
        return post(json, "application/json")
                .statusCode(422)
                .body("type", equalTo("https://pygrade.dev/problems/invalid-submission"))
                .body("title", equalTo("The submission is not valid"))
                .body("status", equalTo(422))
                .body("instance", equalTo("/api/v1/submissions"));
    }

    private static ValidatableResponse post(String body, String contentType) {
        ValidatableResponse response = Api.asAdmin()
                .contentType(contentType)
                .body(body)
                .post(Api.SUBMISSIONS)
                .then()
                .contentType(Api.PROBLEM_JSON);
        String text = response.extract().asString();
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
        return response;
    }

    private static String json(Object value) {
        return ContractJson.write(value);
    }

    /** A submission body for the grid exercise; {@code files} and {@code source} are raw JSON or null. */
    private static String body(String files, String source) {
        StringBuilder json = new StringBuilder("{\"exerciseId\": \"" + GRID + "\"");
        if (files != null) {
            json.append(", \"files\": ").append(files);
        }
        if (source != null) {
            json.append(", \"source\": ").append(source);
        }
        return json.append('}').toString();
    }
}
