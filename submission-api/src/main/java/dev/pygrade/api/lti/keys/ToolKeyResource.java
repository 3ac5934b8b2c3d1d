package dev.pygrade.api.lti.keys;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin API: key rotation in three steps (see docs/lti.md). */
@Allow(Role.ADMIN)
@Path("/api/v1/lti/keys")
@Produces(MediaType.APPLICATION_JSON)
public class ToolKeyResource {
    private final ToolKeys keys;

    public ToolKeyResource(ToolKeys keys) {
        this.keys = keys;
    }

    @GET
    @Operation(summary = "Every signing key and its status (published, active, retired)")
    public List<ToolKeyView> list() {
        return keys.list().stream().map(ToolKeyView::of).toList();
    }

    @POST
    @Operation(summary = "Step 1: publish a new key in the JWKS beside the signing one")
    public ToolKeyView add() {
        return ToolKeyView.of(keys.add());
    }

    @POST
    @Path("/{kid}/activate")
    @Operation(summary = "Step 2: sign with this key from now on; the previous one stays published")
    public ToolKeyView activate(@PathParam("kid") String kid) {
        return ToolKeyView.of(keys.activate(kid));
    }

    @POST
    @Path("/{kid}/retire")
    @Operation(summary = "Step 3: remove a key that no longer signs from the JWKS")
    public ToolKeyView retire(@PathParam("kid") String kid) {
        return ToolKeyView.of(keys.retire(kid));
    }
}
