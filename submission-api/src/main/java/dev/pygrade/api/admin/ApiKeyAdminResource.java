package dev.pygrade.api.admin;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.ApiKeyRequest;
import dev.pygrade.api.auth.ApiKeyView;
import dev.pygrade.api.auth.ApiKeys;
import dev.pygrade.api.auth.CreatedApiKey;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.problem.ProblemException;
import dev.pygrade.api.submission.EmptyBodyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Admin API: API keys for LMSs and scripts. The key itself is shown once, in the answer to POST. */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public class ApiKeyAdminResource {
    private final ApiKeys keys;

    public ApiKeyAdminResource(ApiKeys keys) {
        this.keys = keys;
    }

    @GET
    @Operation(summary = "Every API key (never the key, its hash or its webhook secret)")
    public List<ApiKeyView> list() {
        return keys.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a key: {name, role, subject?, courseId?, webhookUrl?, rateLimitPerMinute?}")
    public RestResponse<CreatedApiKey> create(ApiKeyRequest request) {
        if (request == null) {
            throw new EmptyBodyException("send a JSON object with name and role");
        }
        CreatedApiKey created = keys.create(request);
        return RestResponse.ResponseBuilder.<CreatedApiKey>created(
                        URI.create("/api/v1/admin/api-keys/" + created.apiKey().id()))
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key: its calls are refused (401) from now on")
    public ApiKeyView revoke(@PathParam("id") String id) {
        return parse(id).flatMap(keys::revoke).orElseThrow(() -> new ApiKeyNotFoundException(id));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** DELETE of a key id that does not exist: 404. */
    static class ApiKeyNotFoundException extends ProblemException {
        ApiKeyNotFoundException(String id) {
            super(404, "api-key-not-found", "No such API key", "API key '" + id + "' does not exist", List.of());
        }
    }
}
