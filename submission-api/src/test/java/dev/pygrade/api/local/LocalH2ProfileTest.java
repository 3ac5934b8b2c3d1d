package dev.pygrade.api.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.GradingStarted;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The H2 file database of the local profile: migrations, the outbox (SKIP LOCKED) and the results upsert. */
@QuarkusTest
@TestProfile(LocalH2Profile.class)
@WithTestResource(KafkaTestResource.class)
@NeedsInfrastructure
class LocalH2ProfileTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsOnAnH2FileDatabaseMigratedByFlyway() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            assertThat(connection.getMetaData().getURL())
                    .isEqualTo("jdbc:h2:file:" + LocalH2Profile.DATA_DIR + "/pygrade");
        }
        assertThat(new Sql(dataSource)
                        .rows("select setting_value from information_schema.settings where setting_name = 'MODE'"))
                .containsExactly(Map.of("setting_value", "PostgreSQL"));
        assertThat(Files.exists(LocalH2Profile.DATA_DIR.resolve("pygrade.mv.db")))
                .isTrue();
        List<Map<String, Object>> migrations = new Sql(dataSource)
                .rows("select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null");
        assertThat(migrations).allSatisfy(m -> assertThat(m).containsEntry("success", true));
        assertThat(migrations).extracting(m -> m.get("version")).contains("1", "20", "21", "22", "23");
    }

    @Test
    void theLocalRunWritesAReadyToUseAdminKeyBesideItsData() throws Exception {
        Path file = LocalH2Profile.DATA_DIR.getParent().resolve("admin-key");
        String key = Files.readString(file).trim();
        assertThat(key).startsWith("pgk_");
        Api.as(key).get("/api/v1/me").then().statusCode(200).body("role", Matchers.equalTo("admin"));
    }

    @Test
    void submitPublishGradeAndGetRoundTrip() throws Exception {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        KafkaTestClients.ensureTopics(bootstrap);
        try (TopicTail submissions = new TopicTail(bootstrap, Topics.SUBMISSIONS);
                KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            String id = Api.submit(Api.GRID, "x = 1\n");
            assertThat(ContractJson.readSubmission(submissions
                                    .awaitKey(id, Duration.ofSeconds(10))
                                    .value())
                            .files())
                    .isEqualTo(Map.of("solution.py", "x = 1\n"));
            Sql sql = new Sql(dataSource);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sql.count(
                                    "select count(*) from outbox_event where message_key = ? and published_at is not null",
                                    id)
                            == 1);

            producer.send(new ProducerRecord<>(Topics.RESULTS, id, ContractJson.write(GradingStarted.of(id, 1, "g"))))
                    .get();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "running".equals(Api.get(id).getString("status")));

            GradingResult result = new GradingResult(
                    1, GradingStatus.PASSED, 4.0, 4.0, "all passed", "sha256:x", List.of(), null, null, null, null);
            String completed = ContractJson.write(GradingCompleted.of(id, 1, Api.GRID, "g", result));
            producer.send(new ProducerRecord<>(Topics.RESULTS, id, completed)).get();
            producer.send(new ProducerRecord<>(Topics.RESULTS, id, completed)).get();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "graded".equals(Api.get(id).getString("status")));

            assertThat(Api.get(id).getString("result.summary")).isEqualTo("all passed");
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> sql.count(
                                    "select count(*) from grading_result where submission_id = ?", UUID.fromString(id))
                            == 1);
        }
    }
}
