package dev.pygrade.api.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every spelling of an internal address, after resolution, is refused unless a reach or the allow-list permits it. */
class OutboundPolicyTest {
    private static final OutboundPolicy DEFAULT = new OutboundPolicy(List.of(), List.of(), InetAddress::getAllByName);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, LOOPBACK",
        "127.255.255.254, LOOPBACK",
        "2130706433, LOOPBACK", // decimal
        "0x7f000001, LOOPBACK", // hex
        "0X7F000001, LOOPBACK",
        "017700000001, LOOPBACK", // octal
        "0177.0.0.1, LOOPBACK", // octal part (Java alone would read 177.0.0.1)
        "0x7f.0.0.1, LOOPBACK",
        "127.1, LOOPBACK", // two parts
        "127.0.1, LOOPBACK", // three parts
        "127.000.000.001, LOOPBACK",
        "localhost, LOOPBACK", // a name that resolves to loopback
        "[::1], LOOPBACK",
        "[0:0:0:0:0:0:0:1], LOOPBACK",
        "[::ffff:127.0.0.1], LOOPBACK", // IPv4-mapped IPv6
        "[::ffff:7f00:1], LOOPBACK",
        "[::127.0.0.1], LOOPBACK", // IPv4-compatible IPv6
        "[64:ff9b::7f00:1], LOOPBACK", // NAT64
        "[2002:7f00:1::1], LOOPBACK", // 6to4
        "169.254.169.254, LINK_LOCAL", // cloud metadata
        "0xa9fea9fe, LINK_LOCAL",
        "[::ffff:169.254.169.254], LINK_LOCAL",
        "[fe80::1], LINK_LOCAL",
        "10.0.0.1, PRIVATE",
        "10.255.255.255, PRIVATE",
        "012.1, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.255, PRIVATE",
        "192.168.0.1, PRIVATE",
        "3232235521, PRIVATE",
        "[::ffff:10.1.2.3], PRIVATE",
        "[fec0::1], PRIVATE",
        "100.64.0.1, SHARED",
        "100.127.255.255, SHARED",
        "[fd00::1], UNIQUE_LOCAL",
        "[fc00::1], UNIQUE_LOCAL",
        "224.0.0.1, MULTICAST",
        "239.255.255.250, MULTICAST",
        "[ff02::1], MULTICAST",
        "0.0.0.0, UNSPECIFIED",
        "0, UNSPECIFIED",
        "0.1.2.3, UNSPECIFIED",
        "[::], UNSPECIFIED",
        "255.255.255.255, RESERVED",
        "240.0.0.1, RESERVED",
        "192.0.2.1, RESERVED",
        "[2001:db8::1], RESERVED",
    })
    void internalAddressesAreRefusedInEverySpelling(String host, AddressClass expected) {
        assertThatThrownBy(() -> DEFAULT.admit(host, Reach.PUBLIC))
                .isInstanceOfSatisfying(RefusedTargetException.class, e -> {
                    assertThat(e.addressClass()).isEqualTo(expected);
                    assertThat(e.getMessage()).isEqualTo("refused: " + expected.description());
                });
    }

    @ParameterizedTest
    @CsvSource({
        "8.8.8.8, 8.8.8.8",
        "134744072, 8.8.8.8",
        "0x08.0x08.0x08.0x08, 8.8.8.8",
        "172.32.0.1, 172.32.0.1",
        "172.15.255.255, 172.15.255.255",
        "100.128.0.1, 100.128.0.1",
        "100.63.255.255, 100.63.255.255",
        "[2606:4700:4700::1111], 2606:4700:4700:0:0:0:0:1111",
        "[2002:808:808::1], 2002:808:808:0:0:0:0:1",
    })
    void publicAddressesAreAdmittedAsTheAddressTheySpell(String host, String address) throws Exception {
        assertThat(DEFAULT.admit(host, Reach.PUBLIC))
                .extracting(InetAddress::getHostAddress)
                .containsExactly(address);
    }

    @Test
    void aPrivateNetworkReachAdmitsLoopbackAndPrivateButNeverLinkLocalMulticastOrUnspecified() throws Exception {
        for (String host : List.of("127.0.0.1", "10.0.0.1", "172.20.1.1", "192.168.1.1", "100.64.0.1", "[fd00::1]")) {
            assertThat(DEFAULT.admit(host, Reach.PRIVATE_NETWORK)).hasSize(1);
        }
        for (String host : List.of("169.254.169.254", "[fe80::1]", "224.0.0.1", "0.0.0.0", "255.255.255.255")) {
            assertThatThrownBy(() -> DEFAULT.admit(host, Reach.PRIVATE_NETWORK))
                    .isInstanceOf(RefusedTargetException.class);
        }
    }

    @Test
    void theAllowListAdmitsExactlyWhatItNames() throws Exception {
        OutboundPolicy policy = new OutboundPolicy(
                List.of("127.0.0.2/32", "fd12:3456::/32", "10.20.0.0/16"),
                List.of("Hooks.Internal"),
                names(Map.of("hooks.internal", "10.99.0.1")));
        assertThat(policy.admit("127.0.0.2", Reach.PUBLIC)).hasSize(1);
        assertThat(policy.admit("10.20.255.1", Reach.PUBLIC)).hasSize(1);
        assertThat(policy.admit("[fd12:3456::9]", Reach.PUBLIC)).hasSize(1);
        assertThat(policy.admit("hooks.internal", Reach.PUBLIC)).hasSize(1);
        for (String host : List.of("127.0.0.1", "10.21.0.1", "[fd12:3457::9]", "0x7f000003")) {
            assertThatThrownBy(() -> policy.admit(host, Reach.PUBLIC)).isInstanceOf(RefusedTargetException.class);
        }
    }

    @Test
    void aNameWithOnePublicAndOneInternalAddressIsRefusedWhole() {
        OutboundPolicy policy =
                new OutboundPolicy(List.of(), List.of(), names(Map.of("rebind.test", "8.8.8.8,127.0.0.1")));
        assertThatThrownBy(() -> policy.admit("rebind.test", Reach.PUBLIC))
                .isInstanceOfSatisfying(
                        RefusedTargetException.class,
                        e -> assertThat(e.literal()).isFalse());
    }

    @Test
    void problemsNameTheHostAndOnlyTheClass() {
        OutboundPolicy policy = new OutboundPolicy(List.of(), List.of(), names(Map.of("internal.test", "10.1.2.3")));
        assertThat(policy.problem("http://0x7f000001:9000/q/metrics", Reach.PUBLIC))
                .hasValue("is refused: 0x7f000001 is a loopback address; Pygrade calls public addresses only unless"
                        + " an admin allow-lists the target");
        assertThat(policy.problem("https://internal.test/hook", Reach.PUBLIC))
                .hasValueSatisfying(p -> assertThat(p)
                        .startsWith("is refused: 'internal.test' resolves to a private address;")
                        .doesNotContain("10.1.2.3"));
        assertThat(policy.problem("https://not-resolvable.test/hook", Reach.PUBLIC))
                .isEmpty();
        assertThat(policy.problem("http://127.1/", Reach.PUBLIC)).hasValue("must name a host: 'http://127.1/'");
    }

    @Test
    void malformedAllowListEntriesStopTheStart() {
        assertThatThrownBy(() -> new OutboundPolicy(List.of("10.0.0.0/33"), List.of(), InetAddress::getAllByName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'10.0.0.0/33'");
        assertThatThrownBy(() -> new OutboundPolicy(List.of("intranet"), List.of(), InetAddress::getAllByName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an address or a CIDR network");
    }

    @Test
    void literalsThatAreNoAddressAreNames() {
        for (String host : List.of("1.2.3.4.5", "256.0.0.1", "0x100.0.0.1", "4294967296", "08.0.0.1", "1.2.3.")) {
            assertThat(IpLiterals.parse(host)).as(host).isEmpty();
        }
        assertThatThrownBy(() -> DEFAULT.admit("[::ffff:7f00:1%25eth0]", Reach.PUBLIC))
                .isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(RefusedTargetException.class);
    }

    /** A resolver that knows only these names (comma-separated addresses). */
    static OutboundPolicy.Resolver names(Map<String, String> names) {
        return name -> {
            String addresses = names.get(name.toLowerCase());
            if (addresses == null) {
                throw new UnknownHostException(name);
            }
            String[] parts = addresses.split(",");
            InetAddress[] result = new InetAddress[parts.length];
            for (int i = 0; i < parts.length; i++) {
                result[i] = IpLiterals.parse(parts[i]).orElseThrow();
            }
            return result;
        };
    }
}
