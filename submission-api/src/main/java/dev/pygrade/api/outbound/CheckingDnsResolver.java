package dev.pygrade.api.outbound;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's name resolution: resolves once through {@link OutboundPolicy} and hands the client only the
 * addresses it checked, so the connection goes to a checked address (a DNS answer that changes between a check and
 * the connect, "rebinding", changes nothing). TLS still verifies the certificate against the URL's host name, which
 * the client keeps.
 */
final class CheckingDnsResolver implements DnsResolver {
    private final OutboundPolicy policy;
    private final Reach reach;

    CheckingDnsResolver(OutboundPolicy policy, Reach reach) {
        this.policy = policy;
        this.reach = reach;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return policy.admit(host, reach).toArray(InetAddress[]::new);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return policy.admit(host, reach).stream()
                .map(address -> new InetSocketAddress(address, port))
                .toList();
    }

    /** No reverse lookups: the name in the URL is the one TLS checks. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
