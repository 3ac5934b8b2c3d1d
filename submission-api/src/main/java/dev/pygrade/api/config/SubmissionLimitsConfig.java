package dev.pygrade.api.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;

/** {@code pygrade.submissions.*}: what one submission may contain. */
public interface SubmissionLimitsConfig {
    /** Most files one submission may hold; more is refused with 422. */
    @WithDefault("10")
    int maxFiles();

    /** Most UTF-8 bytes of file text one submission may hold, all files together; more is refused with 413. */
    @WithDefault("256K")
    MemorySize maxTotalSize();
}
