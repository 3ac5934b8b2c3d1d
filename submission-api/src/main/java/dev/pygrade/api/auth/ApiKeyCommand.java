package dev.pygrade.api.auth;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The command line for API keys, run by {@link dev.pygrade.api.Main}: {@code create-api-key --name N --role R
 * [--subject S] [--course C] [--webhook-url U] [--rate-limit N]}, {@code revoke-api-key ID}, {@code
 * list-api-keys}. It uses the same database configuration as the server.
 */
public class ApiKeyCommand implements QuarkusApplication {
    public static final List<String> COMMANDS = List.of("create-api-key", "revoke-api-key", "list-api-keys");

    @Inject
    ApiKeys keys;

    @Override
    public int run(String... args) {
        try {
            switch (args[0]) {
                case "create-api-key" -> create(options(args));
                case "revoke-api-key" -> revoke(args);
                default ->
                    keys.list()
                            .forEach(k -> System.out.println(k.id() + "  " + k.prefix() + "…  "
                                    + k.role().wire() + "  " + k.name()
                                    + (k.revokedAt() == null ? "" : "  (revoked " + k.revokedAt() + ")")));
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private void create(Map<String, String> options) {
        Integer rateLimit = options.containsKey("rate-limit") ? Integer.valueOf(options.get("rate-limit")) : null;
        CreatedApiKey created = keys.create(new ApiKeyRequest(
                options.get("name"),
                options.get("role"),
                options.get("subject"),
                options.get("course"),
                options.get("webhook-url"),
                rateLimit));
        System.out.println("id:             " + created.apiKey().id());
        System.out.println("role:           " + created.apiKey().role().wire());
        System.out.println("api key:        " + created.key());
        System.out.println("webhook secret: " + created.webhookSecret());
        System.out.println("(shown once: only a hash of the key is stored)");
    }

    private void revoke(String... args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: revoke-api-key <id>");
        }
        ApiKeyView key = keys.revoke(UUID.fromString(args[1]))
                .orElseThrow(() -> new IllegalArgumentException("no API key " + args[1]));
        System.out.println("revoked " + key.id() + " at " + key.revokedAt());
    }

    private static Map<String, String> options(String... args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
