package dev.pygrade.grader.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;

/**
 * The grader's configuration outside a running Quarkus application (the catalog check command): the same
 * application.properties, system properties and environment, with Quarkus' converters for sizes and durations.
 */
public final class StandaloneConfig {
    private final SmallRyeConfig config;

    private StandaloneConfig(SmallRyeConfig config) {
        this.config = config;
    }

    public static StandaloneConfig load() {
        URL properties = StandaloneConfig.class.getClassLoader().getResource("application.properties");
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withMapping(SandboxConfig.class)
                .withMapping(GraderConfig.class)
                .withMapping(ExercisesConfig.class)
                .withValidateUnknown(false);
        try {
            if (properties != null) {
                builder.withSources(new PropertiesConfigSource(properties, 250));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StandaloneConfig(builder.build());
    }

    public SandboxConfig sandbox() {
        return config.getConfigMapping(SandboxConfig.class);
    }

    public GraderConfig grader() {
        return config.getConfigMapping(GraderConfig.class);
    }

    public ExercisesConfig exercises() {
        return config.getConfigMapping(ExercisesConfig.class);
    }
}
