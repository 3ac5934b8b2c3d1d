package dev.pygrade.api.auth;

import dev.pygrade.api.outbound.OutboundPolicy;
import dev.pygrade.api.outbound.Reach;
import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.InvalidRequestException;
import dev.pygrade.api.webhook.CallbackUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates, lists, revokes and recognises API keys. */
@ApplicationScoped
public class ApiKeys {
    private final OutboundPolicy outbound;

    public ApiKeys(OutboundPolicy outbound) {
        this.outbound = outbound;
    }

    /** Creates a key with a fresh random value; the value is returned once and only its hash is kept. */
    @Transactional
    public CreatedApiKey create(ApiKeyRequest request) {
        return create(request, KeyMaterial.newApiKey());
    }

    /** Creates a key with a given value (a bootstrap key from configuration or a file). */
    @Transactional
    public CreatedApiKey create(ApiKeyRequest request, String value) {
        Role role = validate(request);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = request.name().trim();
        key.keyHash = KeyMaterial.hash(value);
        key.keyPrefix = KeyMaterial.displayPrefix(value);
        key.role = role;
        key.subject = blank(request.subject())
                ? "apikey:" + key.id
                : request.subject().trim();
        key.courseId = blank(request.courseId()) ? null : request.courseId().trim();
        key.webhookUrl =
                blank(request.webhookUrl()) ? null : request.webhookUrl().trim();
        key.webhookSecret = KeyMaterial.newWebhookSecret();
        key.rateLimitPerMinute = request.rateLimitPerMinute();
        key.createdAt = Instant.now();
        key.persist();
        return new CreatedApiKey(ApiKeyView.of(key), value, key.webhookSecret);
    }

    /** The active key with this value, if there is one. */
    @Transactional
    public Optional<ApiKey> authenticate(String value) {
        return ApiKey.findByHash(KeyMaterial.hash(value)).filter(ApiKey::active);
    }

    /** Whether a key with this value was ever stored (active or revoked). */
    @Transactional
    public boolean exists(String value) {
        return ApiKey.findByHash(KeyMaterial.hash(value)).isPresent();
    }

    @Transactional
    public List<ApiKeyView> list() {
        return ApiKey.<ApiKey>listAll().stream()
                .sorted((a, b) -> a.createdAt.compareTo(b.createdAt))
                .map(ApiKeyView::of)
                .toList();
    }

    /** Revokes a key; revoking it again changes nothing. Empty when there is no such key. */
    @Transactional
    public Optional<ApiKeyView> revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            return Optional.empty();
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
        return Optional.of(ApiKeyView.of(key));
    }

    private Role validate(ApiKeyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(request.name()) || request.name().length() > 200) {
            errors.add(new FieldError("name", "name is required, at most 200 characters"));
        }
        Role role = Role.parse(request.role());
        if (role == null) {
            errors.add(new FieldError("role", "role must be one of learner, instructor, admin"));
        }
        if (!blank(request.subject()) && request.subject().length() > 300) {
            errors.add(new FieldError("subject", "subject must be at most 300 characters"));
        }
        if (!blank(request.courseId()) && request.courseId().length() > 300) {
            errors.add(new FieldError("courseId", "courseId must be at most 300 characters"));
        }
        if (!blank(request.webhookUrl())) {
            CallbackUrls.problem(request.webhookUrl().trim())
                    .or(() -> outbound.problem(request.webhookUrl().trim(), Reach.PUBLIC))
                    .ifPresent(p -> errors.add(new FieldError("webhookUrl", "webhookUrl " + p)));
        }
        if (request.rateLimitPerMinute() != null && request.rateLimitPerMinute() < 1) {
            errors.add(new FieldError("rateLimitPerMinute", "rateLimitPerMinute must be at least 1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-api-key-request", "The API key request is not valid", errors);
        }
        return role;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
