package dev.pygrade.api.admin;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.problem.ProblemException;
import dev.pygrade.api.webhook.WebhookDelivery;
import dev.pygrade.api.webhook.WebhookDeliveryStatus;
import dev.pygrade.api.webhook.WebhookDeliveryView;
import dev.pygrade.api.webhook.WebhookStore;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin API: webhook deliveries, above all the failed ones, and retrying them. */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public class WebhookAdminResource {
    private final WebhookStore store;

    public WebhookAdminResource(WebhookStore store) {
        this.store = store;
    }

    @GET
    @Transactional
    @Operation(summary = "Webhook deliveries, newest first; ?status=failed|pending|delivered")
    public List<WebhookDeliveryView> list(
            @QueryParam("status")
                    @Pattern(regexp = "pending|delivered|failed", message = "must be pending, delivered or failed")
                    String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        var query = status == null
                ? WebhookDelivery.<WebhookDelivery>findAll(Sort.descending("id"))
                : WebhookDelivery.<WebhookDelivery>find(
                        "status",
                        Sort.descending("id"),
                        WebhookDeliveryStatus.fromWire(status).orElseThrow()); // @Pattern let only wire names in
        return query.page(Page.ofSize(limit)).list().stream()
                .map(WebhookDeliveryView::of)
                .toList();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a failed (or pending) delivery again now, with a fresh set of tries")
    public WebhookDeliveryView retry(@PathParam("id") long id) {
        WebhookDelivery delivery = store.retry(id);
        if (delivery == null) {
            throw new DeliveryNotFoundException(id);
        }
        return WebhookDeliveryView.of(delivery);
    }

    /** No such delivery: 404. */
    static class DeliveryNotFoundException extends ProblemException {
        DeliveryNotFoundException(long id) {
            super(
                    404,
                    "webhook-not-found",
                    "No such webhook delivery",
                    "webhook delivery " + id + " does not exist",
                    List.of());
        }
    }
}
