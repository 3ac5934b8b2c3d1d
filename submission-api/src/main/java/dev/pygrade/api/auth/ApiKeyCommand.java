package dev.pygrade.api.auth;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * Runs an API-key command ({@link ApiKeyCommandLine}) inside Quarkus, started by {@link dev.pygrade.api.Main} once
 * the arguments parsed. It uses the same database configuration as the server.
 */
public class ApiKeyCommand implements QuarkusApplication {
    @Inject
    ApiKeys keys;

    @Override
    public int run(String... args) {
        // Main passes the arguments it has already checked; parsing them again here keeps no state between the two.
        return ApiKeyCommandLine.of(action -> {
                    action.run(keys, System.out);
                    return 0;
                })
                .execute(args);
    }
}
