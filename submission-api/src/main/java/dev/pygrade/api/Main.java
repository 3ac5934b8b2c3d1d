package dev.pygrade.api;

import dev.pygrade.api.auth.ApiKeyCommand;
import dev.pygrade.api.auth.ApiKeyCommandLine;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the API server, or runs an API-key command ({@code create-api-key}, {@code revoke-api-key}, {@code
 * list-api-keys}) against the configured database and exits.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (args.length > 0 && ApiKeyCommandLine.COMMANDS.contains(args[0])) {
            // The arguments are checked before Quarkus starts: --help and mistakes need no database.
            int exitCode = ApiKeyCommandLine.of(action -> {
                        // A command must not take the server's port, nor join the results consumer group.
                        System.setProperty("quarkus.http.host-enabled", "false");
                        System.setProperty("mp.messaging.incoming.results.enabled", "false");
                        Quarkus.run(ApiKeyCommand.class, args); // exits with the command's code
                        return 0;
                    })
                    .execute(args);
            System.exit(exitCode);
        } else {
            Quarkus.run(args);
        }
    }
}
