package dev.pygrade.api.lti.login;

import dev.pygrade.api.lti.LtiRejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Consumes a login's state in a transaction of its own: a launch that fails later must not make it reusable. */
@ApplicationScoped
public class LoginStates {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginState consume(String state) {
        if (state == null || state.isBlank()) {
            throw new LtiRejection(401, "missing-state", "the launch carries no state");
        }
        return LoginState.consume(state, Instant.now())
                .orElseThrow(() -> new LtiRejection(
                        401,
                        "unknown-state",
                        "the launch's state is unknown, already used or expired; start the activity again from"
                                + " the course"));
    }
}
