package dev.pygrade.api.lti.keys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pygrade's public keys, where platforms verify our deep-linking responses and client assertions. */
@Path("/.well-known/jwks.json")
public class JwksResource {
    private final ToolKeys keys;

    public JwksResource(ToolKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300); // short: a newly published key reaches platforms well before it signs
        return Response.ok(keys.publicKeySet().toString(true))
                .cacheControl(cache)
                .build();
    }
}
