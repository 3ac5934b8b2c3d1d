package dev.pygrade.api.webhook;

import dev.pygrade.api.persistence.WireNameConverter;
import jakarta.persistence.Converter;

/** Stores a {@link WebhookDeliveryStatus} as its wire name. */
@Converter
public class WebhookDeliveryStatusConverter extends WireNameConverter<WebhookDeliveryStatus> {
    public WebhookDeliveryStatusConverter() {
        super(WebhookDeliveryStatus.class, WebhookDeliveryStatus::wire);
    }
}
