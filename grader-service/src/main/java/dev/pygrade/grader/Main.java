package dev.pygrade.grader;

import dev.pygrade.grader.catalog.CatalogCheckMain;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;

/**
 * Starts the grader, or runs the catalog check ({@code catalog-check}, what {@code exercises/check} calls) and exits.
 * The check starts no Quarkus application: it must not join the grader's consumer group nor need Kafka.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (args.length > 0 && args[0].equals(CatalogCheckMain.COMMAND)) {
            CatalogCheckMain.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            Quarkus.run(args);
        }
    }
}
