package dev.pygrade.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.contract.result.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractJsonTest {
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://pygrade.dev/schemas/", "classpath:schemas/")));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void goldenResultEventsMatchTheirSchemaAndRoundTrip() throws IOException {
        for (String golden : new String[] {"grading-completed.json", "grading-started.json"}) {
            String text = resource("golden/" + golden);
            assertThat(validate("result-event.v1.schema.json", text)).as(golden).isEmpty();
            ResultEvent event = ContractJson.readResultEvent(text);
            String written = ContractJson.write(event);
            assertThat(validate("result-event.v1.schema.json", written))
                    .as(golden + " rewritten")
                    .isEmpty();
            assertThat(ContractJson.readResultEvent(written)).isEqualTo(event);
        }
    }

    @Test
    void gradingCompletedKeepsEveryField() throws IOException {
        GradingCompleted completed =
                (GradingCompleted) ContractJson.readResultEvent(resource("golden/grading-completed.json"));
        assertThat(completed.result().status()).isEqualTo(GradingStatus.FAILED);
        assertThat(completed.result().tests()).hasSize(4);
        assertThat(completed.result().tests().get(2).status()).isEqualTo(TestStatus.TIMEOUT);
        assertThat(completed.result().tests().get(2).visibility()).isEqualTo(Visibility.HIDDEN);
        assertThat(completed.result().tests().get(2).hint()).isEqualTo("Is your loop quadratic?");
        assertThat(completed.result().environment().runtime()).isEqualTo("runsc");
        assertThat(completed.result().environment().limits().memoryBytes()).isEqualTo(134217728L);
    }

    @Test
    void goldenSubmissionMatchesItsSchemaAndRoundTrips() throws IOException {
        String text = resource("golden/submission-requested.json");
        assertThat(validate("submission-requested.v1.schema.json", text)).isEmpty();
        SubmissionRequested request = ContractJson.readSubmission(text);
        assertThat(request.files()).containsKey("solution.py");
        assertThat(validate("submission-requested.v1.schema.json", ContractJson.write(request)))
                .isEmpty();
        assertThat(ContractJson.readSubmission(ContractJson.write(request))).isEqualTo(request);
    }

    @Test
    void writtenSubmissionMatchesSchema() throws IOException {
        SubmissionRequested request = SubmissionRequested.of("s-1", 1, "ex", null, Map.of("solution.py", "x = 1\n"));
        assertThat(validate("submission-requested.v1.schema.json", ContractJson.write(request)))
                .isEmpty();
    }

    @Test
    void hiddenTestWithMessageViolatesTheSchema() throws IOException {
        String leaky = resource("golden/grading-completed.json")
                .replace("\"hint\": \"Is your loop quadratic?\"", "\"message\": \"assert f(10**6) == 42\"");
        assertThat(validate("result-event.v1.schema.json", leaky)).isNotEmpty();
    }

    @Test
    void badMessagesNameWhatIsWrong() {
        assertThatThrownBy(() -> ContractJson.readSubmission("{not json"))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ContractJson.readSubmission(
                        "{\"schemaVersion\":2,\"submissionId\":\"a\",\"attempt\":1,\"exerciseId\":\"e\","
                                + "\"files\":{\"a.py\":\"\"},\"requestedAt\":\"2026-01-01T00:00:00Z\"}"))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("schemaVersion 2 is not supported");
        assertThatThrownBy(() -> ContractJson.readSubmission("{\"schemaVersion\":1,\"attempt\":1,\"exerciseId\":\"e\","
                        + "\"files\":{\"a.py\":\"\"},\"requestedAt\":\"2026-01-01T00:00:00Z\"}"))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("submissionId");
        assertThatThrownBy(() -> ContractJson.readSubmission(
                        "{\"schemaVersion\":1,\"submissionId\":\"a\",\"attempt\":1,\"exerciseId\":\"e\","
                                + "\"files\":{},\"requestedAt\":\"2026-01-01T00:00:00Z\"}"))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("files must name at least one file");
        assertThatThrownBy(() -> ContractJson.readResultEvent("{\"type\":\"grading-exploded\"}"))
                .isInstanceOf(ContractViolationException.class);
        assertThatThrownBy(() -> ContractJson.readSubmission(""))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("empty");
    }

    private Set<ValidationMessage> validate(String schemaFile, String document) throws IOException {
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("https://pygrade.dev/schemas/" + schemaFile));
        JsonNode node = json.readTree(document);
        return schema.validate(node);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ContractJsonTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
