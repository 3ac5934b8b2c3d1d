package dev.pygrade.api.lti.ags;

/** Sending a score failed; the message is what an admin sees on the passback row. */
public class PassbackFailure extends Exception {
    public PassbackFailure(String message) {
        super(message);
    }

    public PassbackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
