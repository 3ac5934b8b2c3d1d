package dev.pygrade.api.lti.ags;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.Role;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Admin API: which score counts (latest or best) per course or per exercise. */
@Allow(Role.ADMIN)
@Path("/api/v1/lti/score-policies")
@Produces(MediaType.APPLICATION_JSON)
public class ScorePolicyResource {
    /** One setting as the API shows it. */
    public record Setting(String scope, String scopeId, String policy) {}

    private final ScorePolicies policies;

    public ScorePolicyResource(ScorePolicies policies) {
        this.policies = policies;
    }

    @GET
    public List<Setting> list() {
        return policies.list().stream()
                .map(s -> new Setting(s.scope, s.scopeId, s.policy))
                .toList();
    }

    @PUT
    @Path("/{scope}/{scopeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set {\"policy\": \"latest\"|\"best\"} for a course (Pygrade course id) or an exercise")
    public Setting set(
            @PathParam("scope") String scope, @PathParam("scopeId") String scopeId, Map<String, String> body) {
        ScorePolicySetting setting = policies.set(scope, scopeId, body == null ? null : body.get("policy"));
        return new Setting(setting.scope, setting.scopeId, setting.policy);
    }

    @DELETE
    @Path("/{scope}/{scopeId}")
    public RestResponse<Void> clear(@PathParam("scope") String scope, @PathParam("scopeId") String scopeId) {
        policies.clear(scope, scopeId);
        return RestResponse.noContent();
    }
}
