package dev.pygrade.api.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;

/** Pygrade's own LTI URLs, all under {@code pygrade.lti.base-url}, and the test whether a URL is one of ours. */
@ApplicationScoped
public class ToolUrls {
    public static final String LOGIN_PATH = "/lti/login";
    public static final String LAUNCH_PATH = "/lti/launch";
    public static final String JWKS_PATH = "/.well-known/jwks.json";
    public static final String LEARN_PATH = "/learn/";

    private final URI base;

    @Inject
    public ToolUrls(LtiConfig config) {
        this(config.baseUrl());
    }

    public ToolUrls(String baseUrl) {
        this.base = URI.create(baseUrl.replaceAll("/+$", ""));
    }

    public String base() {
        return base.toString();
    }

    public String login() {
        return base + LOGIN_PATH;
    }

    public String launch() {
        return base + LAUNCH_PATH;
    }

    public String jwks() {
        return base + JWKS_PATH;
    }

    public String learn(String exerciseId) {
        return base + LEARN_PATH + exerciseId;
    }

    /** True for an absolute URL on our scheme, host and port: platforms may only send browsers back to us. */
    public boolean isOurs(String url) {
        try {
            URI uri = URI.create(url);
            return uri.isAbsolute()
                    && base.getScheme().equalsIgnoreCase(uri.getScheme())
                    && base.getHost().equalsIgnoreCase(uri.getHost())
                    && port(base) == port(uri)
                    && (uri.getRawPath() == null || uri.getRawPath().startsWith(basePath()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The exercise a {@code /learn/{id}} URL of ours names, if it is one. */
    public Optional<String> exerciseOf(String url) {
        if (url == null || !isOurs(url)) {
            return Optional.empty();
        }
        String path = URI.create(url).getPath().substring(basePath().length());
        if (!path.startsWith(LEARN_PATH) || path.length() == LEARN_PATH.length()) {
            return Optional.empty();
        }
        String id = path.substring(LEARN_PATH.length());
        return id.contains("/") ? Optional.empty() : Optional.of(id);
    }

    private String basePath() {
        return base.getRawPath() == null ? "" : base.getRawPath();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
