package dev.pygrade.api.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.pygrade.api.lti.registration.Registration;
import java.util.List;

/**
 * A launch whose id_token passed every check, with the claims it carried.
 *
 * @param tokenHash SHA-256 of the id_token, hex: what makes a second use of the same token detectable
 */
public record ValidLaunch(
        Registration registration,
        JWTClaimsSet claims,
        String messageType,
        String deploymentId,
        String sub,
        List<String> roles,
        String tokenHash) {}
