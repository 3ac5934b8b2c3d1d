package dev.pygrade.api.submission;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** A callbackUrl whose host is, or resolves to, an address Pygrade may not call (loopback, private, …): 400. */
public class RefusedCallbackException extends ProblemException {
    /** {@code problem} as {@code OutboundPolicy.problem} words it: "is refused: ...". */
    public RefusedCallbackException(String url, String problem) {
        super(
                400,
                "refused-callback-url",
                "The callback URL is refused",
                "callbackUrl '" + url + "' " + problem,
                List.of(new FieldError("callbackUrl", "callbackUrl " + problem)));
    }
}
