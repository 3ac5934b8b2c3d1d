package dev.pygrade.api.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One webhook to send: the result of one attempt of one submission, to one URL, until it is delivered. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(nullable = false)
    public int attempt;

    @Column(nullable = false)
    public String url;

    @Column(name = "api_key_id")
    public UUID apiKeyId;

    /** The exact body: what is signed is what is sent, byte for byte, on every try. */
    @Column(nullable = false)
    public String payload;

    @Convert(converter = WebhookDeliveryStatusConverter.class)
    @Column(nullable = false)
    public WebhookDeliveryStatus status;

    @Column(nullable = false)
    public int tries;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
