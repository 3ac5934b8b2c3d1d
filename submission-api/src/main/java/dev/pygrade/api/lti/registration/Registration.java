package dev.pygrade.api.lti.registration;

import dev.pygrade.api.outbound.Reach;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One platform (LMS) that may launch Pygrade, as one of its client ids, with the deployments it made. */
@Entity
@Table(name = "lti_registration")
public class Registration extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "issuer", nullable = false)
    public String issuer;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "auth_url", nullable = false)
    public String authUrl;

    @Column(name = "token_url", nullable = false)
    public String tokenUrl;

    @Column(name = "jwks_url", nullable = false)
    public String jwksUrl;

    /** The {@code aud} of our client assertions; the token URL when absent (what most platforms expect). */
    @Column(name = "token_audience")
    public String tokenAudience;

    /**
     * Whether Pygrade may call this platform's key set, token and score URLs on loopback and private networks (RFC
     * 1918, carrier-grade NAT, IPv6 unique local); public addresses only when false. Link-local stays refused.
     */
    @Column(name = "allow_private_network", nullable = false)
    public boolean allowPrivateNetwork;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lti_deployment", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "deployment_id")
    public Set<String> deploymentIds = new TreeSet<>();

    public static Optional<Registration> find(String issuer, String clientId) {
        return find("issuer = ?1 and clientId = ?2", issuer, clientId).firstResultOptional();
    }

    public static List<Registration> byIssuer(String issuer) {
        return list("issuer", issuer);
    }

    /** How far calls to this platform may go. */
    public Reach reach() {
        return Reach.privateNetwork(allowPrivateNetwork);
    }

    public String assertionAudience() {
        return tokenAudience == null || tokenAudience.isBlank() ? tokenUrl : tokenAudience;
    }
}
