package dev.pygrade.api.auth;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** No credentials, or credentials that are not valid (unknown, revoked or expired): 401. */
public class UnauthenticatedException extends ProblemException {
    static final String HOW = "send 'Authorization: Bearer <API key or session token>' or the pygrade_session cookie";

    public UnauthenticatedException(String detail) {
        super(401, "unauthenticated", "Authentication required", detail, List.of());
    }
}
