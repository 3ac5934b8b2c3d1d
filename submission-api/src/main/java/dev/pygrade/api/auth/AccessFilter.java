package dev.pygrade.api.auth;

import dev.pygrade.api.problem.Problem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every request and enforces who may call which endpoint, before anything else runs. Rules: {@link
 * PublicEndpoint} admits anyone; {@link Allow} admits the listed roles; an endpoint under {@code /api/} with
 * neither is admin-only, so that a forgotten annotation fails closed. Other paths (LTI launch, JWKS) are public
 * unless annotated. Credentials that are presented but invalid are refused on {@code /api/} even for public
 * endpoints, so that a client learns at once that its key was revoked.
 */
public class AccessFilter {
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);

    private final Authenticator authenticator;
    private final CurrentPrincipal current;

    public AccessFilter(Authenticator authenticator, CurrentPrincipal current) {
        this.authenticator = authenticator;
        this.current = current;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response filter(HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        boolean api = uri.getPath().startsWith("/api/");
        Authenticator.Outcome outcome = authenticator.authenticate(headers);
        outcome.credential().ifPresent(current::set);
        Set<Role> allowed = allowed(resource, api);
        if (allowed == null) {
            return api && outcome.refusal().isPresent()
                    ? unauthenticated(outcome.refusal().get(), uri)
                    : null;
        }
        if (outcome.credential().isEmpty()) {
            String why = outcome.refusal().orElse("this endpoint needs credentials: " + UnauthenticatedException.HOW);
            return unauthenticated(why, uri);
        }
        Role role = outcome.credential().get().principal().role();
        if (!allowed.contains(role)) {
            String roles = allowed.stream().map(Role::wire).sorted().collect(Collectors.joining(", "));
            return new ForbiddenException(
                            "the role " + role.wire() + " may not call " + uri.getPath() + "; allowed: " + roles)
                    .toProblem(uri.getPath())
                    .toResponse();
        }
        return null;
    }

    /** The roles that may call the endpoint, or null when anyone may. */
    private static Set<Role> allowed(ResourceInfo resource, boolean api) {
        var method = resource.getResourceMethod();
        var type = resource.getResourceClass();
        if (method == null || type == null) {
            return null;
        }
        if (method.isAnnotationPresent(PublicEndpoint.class)) {
            return null;
        }
        Allow allow = method.getAnnotation(Allow.class);
        if (allow == null && !type.isAnnotationPresent(PublicEndpoint.class)) {
            allow = type.getAnnotation(Allow.class);
        }
        if (allow != null) {
            return EnumSet.copyOf(Arrays.asList(allow.value()));
        }
        if (type.isAnnotationPresent(PublicEndpoint.class)) {
            return null;
        }
        return api ? ADMIN_ONLY : null;
    }

    private static Response unauthenticated(String why, UriInfo uri) {
        Problem problem = new UnauthenticatedException(why).toProblem(uri.getPath());
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pygrade\"")
                .build();
    }
}
