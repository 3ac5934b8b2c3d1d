package dev.pygrade.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** API keys through the admin API: shown once, stored as a hash, listed without secrets, revocable, never logged. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class ApiKeyAdminTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aKeyIsShownOnceAndStoredOnlyAsItsHash() {
        Keys.Created created = Keys.create("instructor", "hash-check", "course-h");
        assertThat(created.key()).matches("pgk_[A-Za-z0-9_-]{43}");
        assertThat(created.webhookSecret()).startsWith("whsec_");
        Map<String, Object> row = new Sql(dataSource)
                .rows("select * from api_key where id = ?", UUID.fromString(created.id()))
                .get(0);
        assertThat(row).containsEntry("key_hash", KeyMaterial.hash(created.key()));
        assertThat(row.values()).doesNotContain(created.key());
        assertThat(row.get("key_prefix")).isEqualTo(created.key().substring(0, 8));

        String list = Api.asAdmin().get("/api/v1/admin/api-keys").asString();
        assertThat(list).contains(created.id()).doesNotContain(created.key()).doesNotContain(created.webhookSecret());
        assertThat(list).doesNotContain(KeyMaterial.hash(created.key()));
    }

    @Test
    void invalidKeyRequestsAre422WithEveryProblem() {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("role", "superuser", "webhookUrl", "ftp://x", "rateLimitPerMinute", 0))
                .post("/api/v1/admin/api-keys")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://pygrade.dev/problems/invalid-api-key-request"))
                .body("errors.field", equalTo(List.of("name", "role", "webhookUrl", "rateLimitPerMinute")));
        Api.asAdmin()
                .delete("/api/v1/admin/api-keys/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        Api.asAdmin().delete("/api/v1/admin/api-keys/not-a-uuid").then().statusCode(404);
    }

    @Test
    void keysAndTokensNeverReachTheLog() {
        Captured log = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(log);
        try {
            Keys.Created created = Keys.create("instructor", "log-check", "course-l");
            String token = Keys.session("log-learner", "course-l");
            Api.as(created.key()).get("/api/v1/me").then().statusCode(200);
            Api.as(token).get("/api/v1/me").then().statusCode(200);
            String wrongKey = "pgk_wrongWrongWrongWrongWrongWrong01";
            Api.as(wrongKey).get("/api/v1/me").then().statusCode(401);
            Api.as(token + "tampered").get("/api/v1/me").then().statusCode(401);
            Api.asAdmin()
                    .delete("/api/v1/admin/api-keys/" + created.id())
                    .then()
                    .statusCode(200);
            Api.as(created.key()).get("/api/v1/me").then().statusCode(401);
            String id = Api.submit(token, Api.GRID, "x = 1\n");
            Api.as(token).get(Api.SUBMISSIONS + "/" + id).then().statusCode(200);

            assertThat(log.text())
                    .doesNotContain(created.key())
                    .doesNotContain(created.webhookSecret())
                    .doesNotContain(token)
                    .doesNotContain(wrongKey)
                    .doesNotContain(Api.ADMIN_KEY);
            // Nor does the message the sandbox receives.
            assertThat(new Sql(dataSource)
                            .count(
                                    "select count(*) from outbox_event where payload like ? or payload like ?",
                                    "%pgk_%",
                                    "%" + token.substring(0, 20) + "%"))
                    .isZero();
        } finally {
            root.removeHandler(log);
        }
    }

    /** Everything logged while it is installed. */
    static class Captured extends Handler {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(record.getLoggerName()).append(' ').append(record.getMessage());
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(p);
                }
            }
            if (record.getThrown() != null) {
                text.append(' ').append(record.getThrown());
            }
            text.append('\n');
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
