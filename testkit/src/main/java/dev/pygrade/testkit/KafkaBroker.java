package dev.pygrade.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker in KRaft mode, in its own JVM, from the jars that
 * {@code deploy/kafka-broker} resolves from Maven Central. It can be stopped, killed and restarted on the same
 * port and data, for fault tests.
 */
public final class KafkaBroker implements AutoCloseable {
    private static KafkaBroker shared;

    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaBroker(Path home, int port, int controllerPort) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** One broker for the whole test JVM, stopped when the JVM exits. */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static KafkaBroker start() {
        try {
            Path home = Files.createTempDirectory("pygrade-kafka-");
            KafkaBroker broker = new KafkaBroker(home, Ports.free(), Ports.free());
            broker.writeConfig();
            broker.format();
            broker.startProcess();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Graceful stop (SIGTERM), as an operator would. */
    public void stop() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    /** SIGKILL, as a crash would. */
    public void kill() {
        Processes.kill(process);
    }

    /** Starts again on the same port and data after {@link #stop()} or {@link #kill()}. */
    public void restart() {
        stop();
        startProcess();
    }

    @Override
    public void close() {
        stop();
        deleteRecursively(home);
    }

    private void startProcess() {
        process = Processes.start(
                List.of(
                        Processes.javaBinary(),
                        "-Xms128m",
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-Dlog4j2.level=WARN",
                        "-cp",
                        classpath(),
                        "kafka.Kafka",
                        home.resolve("server.properties").toString()),
                home.resolve("broker.log"));
        try {
            Ports.awaitOpen(port, process, Duration.ofSeconds(60), "Kafka broker");
            awaitReady();
        } catch (RuntimeException e) {
            Processes.kill(process); // never leave a broker running that nobody will stop
            throw e;
        }
    }

    private void awaitReady() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = new IllegalStateException("Kafka broker not ready", e);
                Processes.sleep(Duration.ofMillis(200));
            }
        }
        throw last;
    }

    private void writeConfig() throws IOException {
        String config = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=4",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        Files.writeString(home.resolve("server.properties"), config);
    }

    private void format() {
        Processes.run(
                List.of(
                        Processes.javaBinary(),
                        "-cp",
                        classpath(),
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        home.resolve("server.properties").toString()),
                Duration.ofSeconds(60));
    }

    private static String classpath() {
        Path file = RepositoryRoot.get().resolve("deploy/kafka-broker/target/classpath.txt");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException(
                    file + " is missing: build deploy/kafka-broker first (./mvnw -pl deploy/kafka-broker package)", e);
        }
    }

    static void deleteRecursively(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir left behind is harmless
        }
    }
}
