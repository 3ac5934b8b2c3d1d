package dev.pygrade.api.lti.keys;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** A rotation step that is not allowed now (unknown key, retiring the signing key, activating a retired one). */
public class ToolKeyException extends ProblemException {
    public ToolKeyException(int status, String detail) {
        super(status, status == 404 ? "lti-key-not-found" : "lti-key-rotation", "LTI key rotation", detail, List.of());
    }
}
