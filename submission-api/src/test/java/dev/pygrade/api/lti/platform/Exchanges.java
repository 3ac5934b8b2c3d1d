package dev.pygrade.api.lti.platform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The little HTTP plumbing the platform's endpoints share: form and query parsing, answers, auto-post pages. */
final class Exchanges {
    private Exchanges() {}

    static Map<String, String> query(HttpExchange exchange) {
        return parse(exchange.getRequestURI().getRawQuery());
    }

    static Map<String, String> form(HttpExchange exchange) throws IOException {
        return parse(body(exchange));
    }

    static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            exchange.close(); // the tool gave up waiting (the timeout case)
        }
    }

    /** A page that form-posts {@code fields} to {@code action} as soon as it loads, as platforms hand browsers on. */
    static String autoPost(String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder("<html><body><form id=\"f\" method=\"post\" action=\"")
                .append(action)
                .append("\">");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(name)
                .append("\" value=\"")
                .append(value == null ? "" : value.replace("&", "&amp;").replace("\"", "&quot;"))
                .append("\">"));
        return html.append("</form><script>document.getElementById('f').submit();</script></body></html>")
                .toString();
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }
}
