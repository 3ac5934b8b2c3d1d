package dev.pygrade.api.outbound;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * {@code pygrade.outbound.*}: which internal targets Pygrade may call anyway. Every URL Pygrade calls on its own
 * (webhooks, LTI key sets, tokens and scores) must lead to public addresses; these lists are the admin's explicit
 * exceptions.
 */
@ConfigMapping(prefix = "pygrade.outbound")
public interface OutboundConfig {
    /**
     * Networks (CIDR such as {@code 10.20.0.0/16} or {@code fd12::/64}, or single addresses) that may be called
     * whatever their class: loopback, private, link-local, ….
     */
    Optional<List<String>> allowedNetworks();

    /**
     * Host names (exact, case-insensitive) that may be called whatever their addresses are. Whoever controls their
     * DNS then chooses what Pygrade calls: prefer {@code allowed-networks}.
     */
    Optional<List<String>> allowedHosts();
}
