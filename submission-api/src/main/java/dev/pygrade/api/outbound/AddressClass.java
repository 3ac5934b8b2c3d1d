package dev.pygrade.api.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * What kind of address an IP address is, for deciding whether Pygrade may call it. IPv6 addresses that carry an IPv4
 * address (IPv4-mapped, IPv4-compatible, NAT64's well-known prefix, 6to4) are judged by the IPv4 address they lead to.
 */
public enum AddressClass {
    PUBLIC("public"),
    LOOPBACK("loopback"),
    PRIVATE("private"),
    /** 100.64.0.0/10, carrier-grade NAT: inside a provider's network, never on the internet. */
    SHARED("shared (carrier-grade NAT)"),
    UNIQUE_LOCAL("unique local"),
    LINK_LOCAL("link-local"),
    MULTICAST("multicast"),
    UNSPECIFIED("unspecified"),
    /** Broadcast, documentation, benchmarking, protocol assignments, 240/4, Teredo, discard: nothing to call. */
    RESERVED("reserved");

    private final String wire;

    AddressClass(String wire) {
        this.wire = wire;
    }

    /** As messages name it: "a loopback address". */
    public String description() {
        return wire + " address";
    }

    public static AddressClass of(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? ofIpv4(b) : ofIpv6((Inet6Address) address, b);
    }

    private static AddressClass ofIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return UNSPECIFIED; // 0.0.0.0/8, "this network": 0.0.0.0 reaches the local host on Linux
        }
        if (a0 == 127) {
            return LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return PRIVATE;
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return SHARED;
        }
        if (a0 == 169 && a1 == 254) {
            return LINK_LOCAL;
        }
        if (a0 >= 224 && a0 <= 239) {
            return MULTICAST;
        }
        if (a0 >= 240
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))
                || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static AddressClass ofIpv6(Inet6Address address, byte[] b) {
        if (allZero(b, 0, 16)) {
            return UNSPECIFIED;
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return LOOPBACK;
        }
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated): the IPv4 address is what gets called.
        if (allZero(b, 0, 10) && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return ofIpv4(Arrays.copyOfRange(b, 12, 16));
        }
        int first = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int second = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (first == 0x0064 && second == 0xff9b) {
            // 64:ff9b::/96 is NAT64's well-known prefix (translated to its IPv4 address); 64:ff9b:1::/48 is local use.
            return allZero(b, 4, 12) ? ofIpv4(Arrays.copyOfRange(b, 12, 16)) : RESERVED;
        }
        if (first == 0x2002) {
            return ofIpv4(Arrays.copyOfRange(b, 2, 6)); // 6to4: the relay delivers to this IPv4 address
        }
        if ((first & 0xfe00) == 0xfc00) {
            return UNIQUE_LOCAL;
        }
        if ((first & 0xffc0) == 0xfe80 || address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if ((first & 0xffc0) == 0xfec0) {
            return PRIVATE; // site-local, deprecated but still routed inside some networks
        }
        if ((first & 0xff00) == 0xff00) {
            return MULTICAST;
        }
        if ((first == 0x2001 && second == 0x0db8)
                || (first == 0x2001 && second == 0)
                || (first == 0x0100 && allZero(b, 2, 8))) {
            return RESERVED; // documentation, Teredo, discard-only
        }
        return PUBLIC;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
