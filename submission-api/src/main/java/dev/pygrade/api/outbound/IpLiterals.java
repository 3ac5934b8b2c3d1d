package dev.pygrade.api.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads a host that is an IP address, without DNS, the way C resolvers read it: IPv4 in every spelling {@code
 * inet_aton} accepts (one to four parts, each decimal, octal with a leading 0 or hex with 0x: {@code 2130706433},
 * {@code 0x7f000001}, {@code 017700000001}, {@code 127.1}, {@code 0177.0.0.1}), and IPv6 (with or without brackets).
 * Java's own parser reads some of these differently ({@code 0177.0.0.1} as 177.0.0.1) and others not at all, so
 * Pygrade decides and connects with this one reading: the address that was checked is the address that is called.
 */
public final class IpLiterals {
    private IpLiterals() {}

    /** The address {@code host} spells, or empty when it is a name. */
    public static Optional<InetAddress> parse(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.indexOf(':') >= 0) {
            try {
                // A literal with a colon is never looked up: it is an IPv6 address or not an address at all.
                return Optional.of(InetAddress.getByName(h.startsWith("[") ? h : "[" + h + "]"));
            } catch (UnknownHostException | SecurityException e) {
                return Optional.empty();
            }
        }
        return ipv4(h);
    }

    /** {@code inet_aton}'s reading of {@code host}, or empty when it is not an IPv4 address in any spelling. */
    static Optional<InetAddress> ipv4(String host) {
        if (host.isEmpty() || host.endsWith(".")) {
            return Optional.empty();
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        // Every part but the last is one byte; the last fills the remaining bytes (a.b.c.d, a.b.c16, a.b24, a32).
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 0xff) {
                return Optional.empty();
            }
            address = (address << 8) | values[i];
        }
        int lastBits = 8 * (5 - values.length);
        long last = values[values.length - 1];
        if (last >= (1L << lastBits)) {
            return Optional.empty();
        }
        address = (address << lastBits) | last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty(); // cannot happen for four bytes
        }
    }

    private static Long number(String part) {
        int radix = 10;
        String digits = part;
        if (part.length() > 1 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
            if (digits.isEmpty()) {
                return 0L; // inet_aton reads a bare "0x" as 0
            }
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 32) {
            return null;
        }
        long value = 0;
        for (char c : digits.toCharArray()) {
            int digit = Character.digit(c, radix);
            if (digit < 0 || c > 'z') {
                return null;
            }
            value = value * radix + digit;
            if (value > 0xffffffffL) {
                return null;
            }
        }
        return value;
    }
}
