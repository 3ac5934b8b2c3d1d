package dev.pygrade.api;

import dev.pygrade.api.auth.ApiKeyCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the API server, or runs an API-key command ({@code create-api-key}, {@code revoke-api-key}, {@code
 * list-api-keys}) against the configured database and exits.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (args.length > 0 && ApiKeyCommand.COMMANDS.contains(args[0])) {
            // A command must not take the server's port, nor join the results consumer group.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("mp.messaging.incoming.results.enabled", "false");
            Quarkus.run(ApiKeyCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
