package dev.pygrade.api.lti.registration;

import dev.pygrade.api.lti.InvalidLtiRequest;
import dev.pygrade.api.outbound.OutboundPolicy;
import dev.pygrade.api.outbound.Reach;
import dev.pygrade.api.problem.FieldError;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Creating, changing and removing platform registrations, with the checks an admin's typo deserves. */
@ApplicationScoped
public class Registrations {
    private final OutboundPolicy outbound;

    public Registrations(OutboundPolicy outbound) {
        this.outbound = outbound;
    }

    @Transactional
    public Registration create(RegistrationRequest request) {
        validate(request);
        if (Registration.find(request.issuer().trim(), request.clientId().trim())
                .isPresent()) {
            throw new RegistrationConflictException(request.issuer(), request.clientId());
        }
        Registration registration = new Registration();
        registration.createdAt = Instant.now();
        apply(registration, request);
        registration.persist();
        return registration;
    }

    @Transactional
    public Registration update(long id, RegistrationRequest request) {
        validate(request);
        Registration registration = get(id);
        Registration.find(request.issuer().trim(), request.clientId().trim())
                .filter(other -> !other.id.equals(registration.id))
                .ifPresent(other -> {
                    throw new RegistrationConflictException(request.issuer(), request.clientId());
                });
        apply(registration, request);
        return registration;
    }

    @Transactional
    public Registration addDeployment(long id, String deploymentId) {
        if (deploymentId == null || deploymentId.isBlank()) {
            throw new InvalidLtiRequest(List.of(new FieldError("deploymentId", "must not be empty")));
        }
        Registration registration = get(id);
        registration.deploymentIds.add(deploymentId.trim());
        return registration;
    }

    @Transactional
    public Registration removeDeployment(long id, String deploymentId) {
        Registration registration = get(id);
        registration.deploymentIds.remove(deploymentId);
        return registration;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Registration get(long id) {
        Registration registration = Registration.findById(id);
        if (registration == null) {
            throw new RegistrationNotFoundException(String.valueOf(id));
        }
        return registration;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> list() {
        return Registration.listAll(Sort.by("id"));
    }

    private static void apply(Registration registration, RegistrationRequest request) {
        registration.issuer = request.issuer().trim();
        registration.clientId = request.clientId().trim();
        registration.authUrl = request.authUrl().trim();
        registration.tokenUrl = request.tokenUrl().trim();
        registration.jwksUrl = request.jwksUrl().trim();
        registration.tokenAudience = blankToNull(request.tokenAudience());
        registration.allowPrivateNetwork = Boolean.TRUE.equals(request.allowPrivateNetwork());
        registration.deploymentIds = new TreeSet<>();
        if (request.deploymentIds() != null) {
            request.deploymentIds().stream()
                    .filter(d -> d != null && !d.isBlank())
                    .map(String::trim)
                    .forEach(registration.deploymentIds::add);
        }
    }

    private void validate(RegistrationRequest request) {
        if (request == null) {
            throw new InvalidLtiRequest(List.of(new FieldError("body", "a registration is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        required(errors, "issuer", request.issuer());
        required(errors, "clientId", request.clientId());
        url(errors, "authUrl", request.authUrl());
        url(errors, "tokenUrl", request.tokenUrl());
        url(errors, "jwksUrl", request.jwksUrl());
        // Pygrade calls these two itself (the browser follows authUrl): refused targets are named now, not at launch.
        Reach reach = Reach.privateNetwork(Boolean.TRUE.equals(request.allowPrivateNetwork()));
        reachable(errors, "tokenUrl", request.tokenUrl(), reach);
        reachable(errors, "jwksUrl", request.jwksUrl(), reach);
        if (!errors.isEmpty()) {
            throw new InvalidLtiRequest(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    /** Platform endpoints are absolute http(s) URLs; anything else is a paste error caught here, not at launch. */
    private static void url(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return;
        }
        try {
            URI uri = URI.create(value.trim());
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
                errors.add(new FieldError(field, "must be an absolute http(s) URL, was '" + value + "'"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "is not a URL: " + e.getMessage()));
        }
    }

    private void reachable(List<FieldError> errors, String field, String value, Reach reach) {
        if (value == null
                || value.isBlank()
                || errors.stream().anyMatch(e -> e.field().equals(field))) {
            return;
        }
        outbound.problem(value.trim(), reach)
                .ifPresent(problem -> errors.add(new FieldError(
                        field,
                        problem
                                + (reach == Reach.PUBLIC
                                        ? " (for a platform on a private network, set allowPrivateNetwork)"
                                        : ""))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
