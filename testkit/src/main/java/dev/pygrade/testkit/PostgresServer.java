package dev.pygrade.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real, private PostgreSQL cluster from Debian's binaries ({@code /usr/lib/postgresql/<version>/bin}), in a
 * temp directory on a free port. As root it runs as the {@code postgres} user, since PostgreSQL refuses root.
 * It can be stopped and started again on the same data, for fault tests.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String DATABASE = "pygrade";
    public static final String USER = "pygrade";
    public static final String PASSWORD = "pygrade";
    private static PostgresServer shared;

    private final Path home;
    private final Path bin;
    private final int port;

    private PostgresServer(Path home, Path bin, int port) {
        this.home = home;
        this.bin = bin;
        this.port = port;
    }

    /** One cluster for the whole test JVM, stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static PostgresServer start() {
        try {
            Path home = Files.createTempDirectory("pygrade-pg-");
            PostgresServer server = new PostgresServer(home, findBinaries(), Ports.free());
            server.init();
            server.startServer();
            server.createDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public void stop() {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"));
    }

    public void startServer() {
        asOwner(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data().toString(),
                "-l",
                home.resolve("postgres.log").toString(),
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                "-w",
                "start"));
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }

    private Path data() {
        return home.resolve("data");
    }

    private void init() throws IOException {
        Path password = home.resolve("password");
        Files.writeString(password, PASSWORD + "\n");
        if (Processes.isRoot()) {
            Processes.run(List.of("chown", "-R", "postgres:postgres", home.toString()), Duration.ofSeconds(10));
        }
        asOwner(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data().toString(),
                "-U",
                USER,
                "--pwfile=" + password,
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--no-sync"));
    }

    private void createDatabase() {
        asOwner(List.of(
                bin.resolve("createdb").toString(),
                "-h",
                home.toString(),
                "-p",
                String.valueOf(port),
                "-U",
                USER,
                DATABASE));
    }

    private void asOwner(List<String> command) {
        List<String> full = new ArrayList<>();
        if (Processes.isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--", "env", "PGPASSWORD=" + PASSWORD));
        } else {
            full.addAll(List.of("env", "PGPASSWORD=" + PASSWORD));
        }
        full.addAll(command);
        Processes.run(full, Duration.ofSeconds(60));
    }

    private static Path findBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(
                    "PostgreSQL is not installed: run deploy/scripts/postgres.sh (installs Debian's postgresql)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
        }
    }
}
