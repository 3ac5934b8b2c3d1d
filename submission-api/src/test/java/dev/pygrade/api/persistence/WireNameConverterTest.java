package dev.pygrade.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pygrade.api.lti.ags.PassbackStatus;
import dev.pygrade.api.lti.ags.PassbackStatusConverter;
import dev.pygrade.api.lti.keys.ToolKeyStatus;
import dev.pygrade.api.lti.keys.ToolKeyStatusConverter;
import dev.pygrade.api.regrade.RegradeStatus;
import dev.pygrade.api.regrade.RegradeStatusConverter;
import dev.pygrade.api.result.GradingStatusConverter;
import dev.pygrade.api.submission.SubmissionStatus;
import dev.pygrade.api.submission.SubmissionStatusConverter;
import dev.pygrade.api.webhook.WebhookDeliveryStatus;
import dev.pygrade.api.webhook.WebhookDeliveryStatusConverter;
import dev.pygrade.contract.result.GradingStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireNameConverterTest {
    /** The texts already in the status columns: changing one needs a data migration, not just a new constant. */
    @Test
    void storesTheTextTheColumnsAlreadyHoldAndReadsItBack() {
        assertThat(stored(new SubmissionStatusConverter(), SubmissionStatus.class))
                .containsExactly("queued", "running", "graded", "error");
        assertThat(stored(new WebhookDeliveryStatusConverter(), WebhookDeliveryStatus.class))
                .containsExactly("pending", "delivered", "failed");
        assertThat(stored(new PassbackStatusConverter(), PassbackStatus.class))
                .containsExactly("pending", "sent", "failed");
        assertThat(stored(new ToolKeyStatusConverter(), ToolKeyStatus.class))
                .containsExactly("published", "active", "retired");
        assertThat(stored(new RegradeStatusConverter(), RegradeStatus.class))
                .containsExactly("preview", "confirmed", "discarded");
        assertThat(stored(new GradingStatusConverter(), GradingStatus.class))
                .containsExactly(
                        "passed",
                        "failed",
                        "error",
                        "timeout",
                        "memory-limit",
                        "output-limit",
                        "process-limit",
                        "file-limit",
                        "crashed",
                        "rejected");
    }

    @Test
    void nullStaysNull() {
        RegradeStatusConverter converter = new RegradeStatusConverter();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void unknownTextIsRefusedNotGuessed() {
        assertThatThrownBy(() -> new PassbackStatusConverter().convertToEntityAttribute("PENDING"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PassbackStatus 'PENDING'");
    }

    /** What each constant is stored as, in declaration order, after checking that it reads back as itself. */
    private static <E extends Enum<E>> List<String> stored(WireNameConverter<E> converter, Class<E> type) {
        List<String> stored = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String column = converter.convertToDatabaseColumn(constant);
            assertThat(converter.convertToEntityAttribute(column)).isSameAs(constant);
            stored.add(column);
        }
        return stored;
    }
}
