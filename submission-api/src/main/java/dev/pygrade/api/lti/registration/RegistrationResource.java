package dev.pygrade.api.lti.registration;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.Role;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Admin API: the platforms that may launch Pygrade. There is no delete: launches and scores refer to their
 * registration; removing every deployment id stops a platform's launches.
 */
@Allow(Role.ADMIN)
@Path("/api/v1/lti/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {
    private final Registrations registrations;

    public RegistrationResource(Registrations registrations) {
        this.registrations = registrations;
    }

    @GET
    @Operation(summary = "Every registered platform")
    public List<RegistrationView> list() {
        return registrations.list().stream().map(RegistrationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a platform: issuer, clientId, deploymentIds, authUrl, tokenUrl, jwksUrl")
    public RestResponse<RegistrationView> create(RegistrationRequest request) {
        Registration registration = registrations.create(request);
        return RestResponse.ResponseBuilder.<RegistrationView>created(
                        URI.create("/api/v1/lti/registrations/" + registration.id))
                .entity(RegistrationView.of(registration))
                .build();
    }

    @GET
    @Path("/{id}")
    public RegistrationView get(@PathParam("id") long id) {
        return RegistrationView.of(registrations.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a registration's fields (deployment ids included)")
    public RegistrationView update(@PathParam("id") long id, RegistrationRequest request) {
        return RegistrationView.of(registrations.update(id, request));
    }

    @POST
    @Path("/{id}/deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept launches from one more deployment: {\"deploymentId\": \"...\"}")
    public RegistrationView addDeployment(@PathParam("id") long id, Map<String, String> body) {
        return RegistrationView.of(registrations.addDeployment(id, body == null ? null : body.get("deploymentId")));
    }

    @DELETE
    @Path("/{id}/deployments/{deploymentId}")
    public RegistrationView removeDeployment(@PathParam("id") long id, @PathParam("deploymentId") String deployment) {
        return RegistrationView.of(registrations.removeDeployment(id, deployment));
    }
}
