package dev.pygrade.api.lti.ags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygrade.api.lti.LtiClaims;
import dev.pygrade.api.lti.launch.LaunchRecord;
import dev.pygrade.api.lti.registration.Registration;
import dev.pygrade.api.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/** Posts one score to {@code {lineitem}/scores} (AGS 2.0 Score Publish Service) with a bearer token. */
@ApplicationScoped
public class ScoreSender {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccessTokens tokens;
    private final PlatformHttp http;

    public ScoreSender(AccessTokens tokens, PlatformHttp http) {
        this.tokens = tokens;
        this.http = http;
    }

    public void send(PassbackRecord score, LaunchRecord launch, Registration registration) throws PassbackFailure {
        SortedSet<String> scopes = scopes(launch);
        String token = tokens.token(registration, scopes);
        // The line item URL comes from the platform's launch: it gets the registration's reach like its other URLs.
        OutboundHttp.Response response = http.send(
                OutboundHttp.Request.post(
                                URI.create(scoresUrl(launch.lineitemUrl)),
                                LtiClaims.SCORE_MEDIA_TYPE,
                                body(score, launch).getBytes(StandardCharsets.UTF_8))
                        .header("Authorization", "Bearer " + token),
                registration,
                "score endpoint " + scoresUrl(launch.lineitemUrl));
        int status = response.status();
        if (status == 401) {
            tokens.invalidate(registration, scopes);
        }
        if (status < 200 || status > 299) {
            throw new PassbackFailure(
                    "score endpoint answered " + status + ": " + AccessTokens.abbreviate(response.body()));
        }
    }

    /** The score scope, and the line item scope where the platform granted it (asking for more can be refused). */
    static SortedSet<String> scopes(LaunchRecord launch) {
        SortedSet<String> scopes = new TreeSet<>();
        scopes.add(LtiClaims.SCOPE_SCORE);
        if (launch.agsScopes != null
                && Arrays.asList(launch.agsScopes.split(" ")).contains(LtiClaims.SCOPE_LINEITEM)) {
            scopes.add(LtiClaims.SCOPE_LINEITEM);
        }
        return scopes;
    }

    /** {@code {lineitem}/scores}, keeping a query string where it belongs (Moodle's line item URLs have one). */
    public static String scoresUrl(String lineitem) {
        int query = lineitem.indexOf('?');
        if (query < 0) {
            return lineitem.replaceAll("/+$", "") + "/scores";
        }
        return lineitem.substring(0, query).replaceAll("/+$", "") + "/scores" + lineitem.substring(query);
    }

    static String body(PassbackRecord score, LaunchRecord launch) {
        ObjectNode body = JSON.createObjectNode()
                .put("userId", launch.sub)
                .put("scoreGiven", score.scoreGiven)
                .put("scoreMaximum", score.scoreMaximum)
                .put("comment", score.comment)
                .put("timestamp", score.scoreTimestamp.atOffset(ZoneOffset.UTC).toString())
                .put("activityProgress", "Completed")
                .put("gradingProgress", "FullyGraded");
        return body.toString();
    }
}
