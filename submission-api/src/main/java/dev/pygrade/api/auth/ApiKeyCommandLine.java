package dev.pygrade.api.auth;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The syntax of the API-key commands: {@code create-api-key --name N --role R [--subject S] [--course C]
 * [--webhook-url U] [--rate-limit N]}, {@code revoke-api-key ID}, {@code list-api-keys}, each with {@code --help}.
 * Plain picocli, not quarkus-picocli: {@link dev.pygrade.api.Main} parses the arguments before Quarkus starts, so
 * help and bad arguments answer at once without a database, and the server starts as before.
 */
@Command(
        name = "quarkus-run.jar",
        subcommands = {ApiKeyCommandLine.Create.class, ApiKeyCommandLine.Revoke.class, ApiKeyCommandLine.ListAll.class})
public final class ApiKeyCommandLine {
    public static final List<String> COMMANDS = List.of("create-api-key", "revoke-api-key", "list-api-keys");

    /** Exit code of a command refused once running (an invalid key request, an unknown id): 2, as before. */
    static final int REFUSED = 2;

    private ApiKeyCommandLine() {}

    /**
     * A command line that prints help or the argument error itself (exit 0 or 2) and hands a valid command to
     * {@code runner}; a runner's exception is printed as {@code command: message}, exit 2.
     */
    public static CommandLine of(ToIntFunction<ApiKeyAction> runner) {
        CommandLine commandLine = new CommandLine(new ApiKeyCommandLine());
        commandLine.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            if (!parsed.hasSubcommand()) { // Main only comes here with a command; anyone else is told which
                commandLine.usage(commandLine.getErr());
                return CommandLine.ExitCode.USAGE;
            }
            CommandLine command = parsed.subcommand().commandSpec().commandLine();
            try {
                return runner.applyAsInt(command.getCommand());
            } catch (RuntimeException e) {
                command.getErr().println(command.getCommandName() + ": " + e.getMessage());
                return REFUSED;
            }
        });
        return commandLine;
    }

    /** One API-key command with its arguments parsed; {@link ApiKeyCommand} runs it against the database. */
    public abstract static class ApiKeyAction {
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help and exit.")
        boolean help;

        abstract void run(ApiKeys keys, PrintStream out);
    }

    @Command(
            name = "create-api-key",
            sortOptions = false,
            sortSynopsis = false,
            description = "Creates an API key and prints it and its webhook secret, once (only a hash is stored).")
    static final class Create extends ApiKeyAction {
        @Option(names = "--name", required = true, paramLabel = "N", description = "What the key is for.")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "R",
                converter = RoleConverter.class,
                description = "learner, instructor or admin.")
        Role role;

        @Option(names = "--subject", paramLabel = "S", description = "The subject its calls act as.")
        String subject;

        @Option(names = "--course", paramLabel = "C", description = "The course an instructor key sees.")
        String course;

        @Option(names = "--webhook-url", paramLabel = "U", description = "Default callback of its submissions.")
        String webhookUrl;

        @Option(names = "--rate-limit", paramLabel = "N", description = "Requests per minute, instead of the default.")
        Integer rateLimit;

        ApiKeyRequest request() {
            return new ApiKeyRequest(name, role.wire(), subject, course, webhookUrl, rateLimit);
        }

        @Override
        void run(ApiKeys keys, PrintStream out) {
            CreatedApiKey created = keys.create(request());
            out.println("id:             " + created.apiKey().id());
            out.println("role:           " + created.apiKey().role().wire());
            out.println("api key:        " + created.key());
            out.println("webhook secret: " + created.webhookSecret());
            out.println("(shown once: only a hash of the key is stored)");
        }
    }

    @Command(name = "revoke-api-key", description = "Revokes an API key; revoking it again changes nothing.")
    static final class Revoke extends ApiKeyAction {
        @Parameters(
                paramLabel = "ID",
                converter = IdConverter.class,
                description = "The key's id, as list-api-keys shows it.")
        UUID id;

        @Override
        void run(ApiKeys keys, PrintStream out) {
            ApiKeyView key = keys.revoke(id).orElseThrow(() -> new IllegalArgumentException("no API key " + id));
            out.println("revoked " + key.id() + " at " + key.revokedAt());
        }
    }

    @Command(name = "list-api-keys", description = "Lists every API key, revoked ones included, oldest first.")
    static final class ListAll extends ApiKeyAction {
        @Override
        void run(ApiKeys keys, PrintStream out) {
            keys.list()
                    .forEach(k -> out.println(
                            k.id() + "  " + k.prefix() + "…  " + k.role().wire() + "  " + k.name()
                                    + (k.revokedAt() == null ? "" : "  (revoked " + k.revokedAt() + ")")));
        }
    }

    /** Reads a role as the HTTP API does ({@link Role#parse}), and names the valid ones when it is not one. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            Role role = Role.parse(value);
            if (role == null) {
                throw new TypeConversionException("'" + value + "' is not learner, instructor or admin");
            }
            return role;
        }
    }

    /** Names what an id looks like; picocli's own message ends in an exception's name. */
    static final class IdConverter implements ITypeConverter<UUID> {
        @Override
        public UUID convert(String value) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an API key id (a UUID)");
            }
        }
    }
}
