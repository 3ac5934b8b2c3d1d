package dev.pygrade.api.outbound;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Every HTTP call Pygrade makes on its own: webhooks and LTI platform calls. Apache HttpClient 5 with {@link
 * CheckingDnsResolver} (only checked addresses are connected to), no redirects (a redirect would be a second,
 * unchecked target), no proxy, no retries, no cookies, no connection reuse (each call is checked and connected
 * afresh), and answers read up to {@link #MAX_ANSWER_BYTES}.
 */
@ApplicationScoped
public class OutboundHttp {
    /** Largest answer read: key sets and token answers are a few KiB; a webhook receiver's answer is ignored. */
    public static final int MAX_ANSWER_BYTES = 1024 * 1024;

    private record ClientKey(Reach reach, Duration timeout) {}

    private final OutboundPolicy policy;
    private final Map<ClientKey, CloseableHttpClient> clients = new ConcurrentHashMap<>();

    public OutboundHttp(OutboundPolicy policy) {
        this.policy = policy;
    }

    /** A request: method, URL, headers and an optional body. */
    public record Request(String method, URI uri, Map<String, String> headers, byte[] body, String contentType) {
        public static Request get(URI uri) {
            return new Request("GET", uri, new LinkedHashMap<>(), null, null);
        }

        public static Request post(URI uri, String contentType, byte[] body) {
            return new Request("POST", uri, new LinkedHashMap<>(), body, contentType);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    /** The status and (for text answers) the body, cut at {@link #MAX_ANSWER_BYTES}. */
    public record Response(int status, String body) {}

    /**
     * Sends {@code request} if its host is allowed under {@code reach}: {@link RefusedTargetException} (an {@link
     * IOException}) when it is not; {@link java.net.SocketTimeoutException} when no answer comes within {@code
     * timeout}; {@link IllegalArgumentException} for a URL that is not absolute http(s) with a host.
     */
    public Response send(Request request, Reach reach, Duration timeout) throws IOException {
        URI uri = request.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("not an absolute http(s) URL with a host and no user info: " + uri);
        }
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri);
        request.headers().forEach(http::setHeader);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), ContentType.parse(request.contentType())));
        }
        CloseableHttpClient client = clients.computeIfAbsent(new ClientKey(reach, timeout), this::client);
        return client.execute(http, answer -> new Response(answer.getCode(), read(answer.getEntity())));
    }

    private CloseableHttpClient client(ClientKey key) {
        Timeout timeout = Timeout.of(key.timeout());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingDnsResolver(policy, key.reach()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(16)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout)
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("pygrade/1")
                .build();
    }

    private static String read(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        Charset charset = StandardCharsets.UTF_8;
        try {
            ContentType type = ContentType.parse(entity.getContentType());
            if (type != null && type.getCharset() != null) {
                charset = type.getCharset();
            }
        } catch (RuntimeException e) {
            // an unreadable Content-Type: read as UTF-8
        }
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (total + n > MAX_ANSWER_BYTES) {
                    throw new IOException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
                total += n;
            }
            return out.toString(charset);
        }
    }

    @PreDestroy
    void close() {
        clients.values().forEach(client -> client.close(CloseMode.GRACEFUL));
    }
}
