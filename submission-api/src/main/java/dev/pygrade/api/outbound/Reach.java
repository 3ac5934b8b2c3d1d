package dev.pygrade.api.outbound;

import java.util.EnumSet;
import java.util.Set;

/** How far a call may go, before the allow-list: public addresses only, or also the private networks around us. */
public enum Reach {
    /** Public addresses only: every webhook, and LTI platforms by default. */
    PUBLIC(EnumSet.of(AddressClass.PUBLIC)),
    /**
     * Also loopback, private (RFC 1918), shared (carrier-grade NAT) and IPv6 unique local addresses: an LTI platform
     * an admin registered with {@code allowPrivateNetwork}. Link-local (cloud metadata), multicast, unspecified and
     * reserved addresses stay refused.
     */
    PRIVATE_NETWORK(EnumSet.of(
            AddressClass.PUBLIC,
            AddressClass.LOOPBACK,
            AddressClass.PRIVATE,
            AddressClass.SHARED,
            AddressClass.UNIQUE_LOCAL));

    private final Set<AddressClass> allowed;

    Reach(Set<AddressClass> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(AddressClass addressClass) {
        return allowed.contains(addressClass);
    }

    public static Reach privateNetwork(boolean allowed) {
        return allowed ? PRIVATE_NETWORK : PUBLIC;
    }
}
