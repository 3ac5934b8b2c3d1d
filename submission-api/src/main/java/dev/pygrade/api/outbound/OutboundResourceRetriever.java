package dev.pygrade.api.outbound;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;

/**
 * A nimbus {@link ResourceRetriever} that fetches through {@link OutboundHttp}, so that nimbus (its JWK sources)
 * never opens a connection itself: the same reach checks, no redirects, answer size and time limits as every other
 * outbound call. An answer other than 200 is an {@link UnexpectedStatusException}.
 */
public class OutboundResourceRetriever implements ResourceRetriever {
    private final OutboundHttp http;
    private final Reach reach;
    private final Duration timeout;

    public OutboundResourceRetriever(OutboundHttp http, Reach reach, Duration timeout) {
        this.http = http;
        this.reach = reach;
        this.timeout = timeout;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        OutboundHttp.Response response;
        try {
            response = http.send(
                    OutboundHttp.Request.get(url.toURI()).header("Accept", "application/json"), reach, timeout);
        } catch (URISyntaxException | IllegalArgumentException e) {
            // nimbus expects an IOException for any failed retrieval
            throw new IOException(e.getMessage(), e);
        }
        if (response.status() != 200) {
            throw new UnexpectedStatusException(response.status());
        }
        return new Resource(response.body(), null);
    }

    /** The target answered, but not with 200. */
    public static class UnexpectedStatusException extends IOException {
        private final int status;

        public UnexpectedStatusException(int status) {
            super("answered " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
