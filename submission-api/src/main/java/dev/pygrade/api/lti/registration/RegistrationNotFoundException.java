package dev.pygrade.api.lti.registration;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** No registration with that id. */
public class RegistrationNotFoundException extends ProblemException {
    public RegistrationNotFoundException(String id) {
        super(404, "lti-registration-not-found", "LTI registration not found", "no registration " + id, List.of());
    }
}
