package dev.pygrade.testkit;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of /q/metrics, in the Prometheus text format, and the samples in it. */
public final class PrometheusText {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private PrometheusText(String text) {
        this.text = text;
    }

    /** /q/metrics on the application's port under test. */
    public static PrometheusText scrape() {
        return scrape("/q/metrics");
    }

    /** Metrics at {@code url}: a path on the port under test, or a whole URL (a management port). */
    public static PrometheusText scrape(String url) {
        return new PrometheusText(given().accept("text/plain")
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    /** The value of the first sample named {@code name} whose labels include {@code labels}. */
    public OptionalDouble value(String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()
                    && sample.group(1).equals(name)
                    && labels(sample.group(2)).entrySet().containsAll(labels.entrySet())) {
                return OptionalDouble.of(Double.parseDouble(sample.group(3)));
            }
        }
        return OptionalDouble.empty();
    }

    public OptionalDouble value(String name) {
        return value(name, Map.of());
    }

    /** The value, or 0 when the sample is not there (yet). */
    public double valueOrZero(String name, Map<String, String> labels) {
        return value(name, labels).orElse(0);
    }

    public String text() {
        return text;
    }

    private static Map<String, String> labels(String list) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (list != null) {
            Matcher label = LABEL.matcher(list);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
