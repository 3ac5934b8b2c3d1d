package dev.pygrade.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that needs real parts: the Docker engine and the sandbox image, Kafka, PostgreSQL, a browser, or a
 * running service. The fast tier ({@code ./mvnw test -DexcludedGroups=infrastructure}, see the README) runs every
 * test without it, in seconds and without root; CI runs everything.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(NeedsInfrastructure.TAG)
public @interface NeedsInfrastructure {
    String TAG = "infrastructure";
}
