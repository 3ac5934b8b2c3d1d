package dev.pygrade.api.outbound;

import java.net.UnknownHostException;

/**
 * A call Pygrade will not make: its host is, or resolves to, an address of a class it may not reach. The message is
 * only {@code refused: <class> address}, whoever reads it (a webhook delivery's {@code lastError} included), so that
 * refusals tell nothing about an internal target. An {@link UnknownHostException} because the HTTP client's resolver
 * throws it: the connection is never opened.
 */
public class RefusedTargetException extends UnknownHostException {
    private final AddressClass addressClass;
    private final boolean literal;

    public RefusedTargetException(AddressClass addressClass, boolean literal) {
        super("refused: " + addressClass.description());
        this.addressClass = addressClass;
        this.literal = literal;
    }

    public AddressClass addressClass() {
        return addressClass;
    }

    /** Whether the host was written as an address (else it is a name that resolved to one). */
    public boolean literal() {
        return literal;
    }

    /** Nothing to add: a refusal is an expected outcome with a precise message. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
