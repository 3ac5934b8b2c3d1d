package dev.pygrade.api.lti.registration;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** The platform is already registered with that client id. */
public class RegistrationConflictException extends ProblemException {
    public RegistrationConflictException(String issuer, String clientId) {
        super(
                409,
                "lti-registration-exists",
                "LTI registration exists",
                "issuer '" + issuer + "' with client id '" + clientId + "' is already registered",
                List.of());
    }
}
