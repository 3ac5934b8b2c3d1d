package dev.pygrade.api.testing;

import dev.pygrade.testkit.PrometheusText;
import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface under test (health and metrics, on {@code quarkus.management.test-port}). */
public final class Management {
    private Management() {}

    public static String url(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }

    public static PrometheusText metrics() {
        return PrometheusText.scrape(url("/q/metrics"));
    }
}
