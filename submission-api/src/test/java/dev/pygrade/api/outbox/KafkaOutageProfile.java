package dev.pygrade.api.outbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Short timeouts and backoffs, so that an outage and the recovery from it fit in a test. */
public class KafkaOutageProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pygrade.outbox.send-timeout", "3s",
                "pygrade.outbox.initial-backoff", "200ms",
                "pygrade.outbox.max-backoff", "1s",
                "mp.messaging.outgoing.submissions.request.timeout.ms", "1500",
                "mp.messaging.outgoing.submissions.delivery.timeout.ms", "2500",
                "mp.messaging.outgoing.submissions.max.block.ms", "1500");
    }
}
