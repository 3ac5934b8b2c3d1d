package dev.pygrade.api.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which addresses Pygrade may call: those its {@link Reach} allows, and whatever {@code pygrade.outbound.*}
 * allow-lists. A host is resolved once; when any of its addresses is refused, the whole host is (a name with one
 * public and one internal address is the classic DNS-rebinding setup). {@link OutboundHttp} connects to exactly the
 * addresses this returned.
 */
@ApplicationScoped
public class OutboundPolicy {
    private final List<Network> allowedNetworks;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** Name resolution, replaceable in tests (the system's by default). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String name) throws UnknownHostException;
    }

    @Inject
    public OutboundPolicy(OutboundConfig config) {
        this(
                config.allowedNetworks().orElse(List.of()),
                config.allowedHosts().orElse(List.of()),
                InetAddress::getAllByName);
    }

    public OutboundPolicy(List<String> allowedNetworks, List<String> allowedHosts, Resolver resolver) {
        this.allowedNetworks = allowedNetworks.stream().map(Network::parse).toList();
        this.allowedHosts = allowedHosts.stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /**
     * The addresses of {@code host} (a name or an address in any spelling), every one allowed under {@code reach};
     * {@link RefusedTargetException} when one is not, {@link UnknownHostException} when the name does not resolve.
     */
    public List<InetAddress> admit(String host, Reach reach) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        Optional<InetAddress> literal = IpLiterals.parse(bare);
        if (literal.isEmpty() && bare.indexOf(':') >= 0) {
            throw new UnknownHostException("'" + host + "' is not a valid IPv6 address");
        }
        List<InetAddress> addresses =
                literal.isPresent() ? List.of(literal.get()) : Arrays.asList(resolver.resolve(bare));
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        if (!allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            for (InetAddress address : addresses) {
                AddressClass addressClass = AddressClass.of(address);
                if (!reach.allows(addressClass) && allowedNetworks.stream().noneMatch(n -> n.contains(address))) {
                    throw new RefusedTargetException(addressClass, literal.isPresent());
                }
            }
        }
        return addresses;
    }

    /**
     * Why {@code url} may not be called under {@code reach}, in words for the one who sent it, or empty. A host that
     * does not resolve now is not refused (DNS may only be late); the call is checked again when it is made.
     */
    public Optional<String> problem(String url, Reach reach) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL: " + e.getReason());
        }
        if (host == null) {
            return Optional.of("must name a host: '" + url + "'");
        }
        try {
            admit(host, reach);
            return Optional.empty();
        } catch (RefusedTargetException e) {
            String what = e.literal()
                    ? host + " is " + article(e.addressClass())
                    : "'" + host + "' resolves to " + article(e.addressClass());
            return Optional.of("is refused: " + what + "; Pygrade calls "
                    + (reach == Reach.PUBLIC ? "public addresses only" : "public and private-network addresses only")
                    + " unless an admin allow-lists the target");
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String article(AddressClass addressClass) {
        String description = addressClass.description();
        boolean vowelSound = "aeio".indexOf(description.charAt(0)) >= 0
                || (description.startsWith("u") && !description.startsWith("uni"));
        return (vowelSound ? "an " : "a ") + description;
    }

    /** An allow-listed network: an address and a prefix length. */
    private record Network(byte[] address, int prefix) {
        static Network parse(String text) {
            String value = text.trim();
            int slash = value.indexOf('/');
            String host = slash < 0 ? value : value.substring(0, slash);
            InetAddress address = IpLiterals.parse(host)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "pygrade.outbound.allowed-networks: '" + text + "' is not an address or a CIDR network"));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(
                        "pygrade.outbound.allowed-networks: '" + text + "' has no prefix length between 0 and " + bits);
            }
            return new Network(address.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE
                    .shiftLeft(bits)
                    .subtract(BigInteger.ONE)
                    .shiftRight(prefix)
                    .not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, other).and(mask));
        }
    }
}
