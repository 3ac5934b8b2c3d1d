package dev.pygrade.api.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Pygrade's signing keys and their rotation: {@link #add} publishes a new key beside the signing one (platforms
 * that cache our JWKS learn it), {@link #activate} switches signing to it (the old key stays published, so tokens
 * it signed still verify), {@link #retire} removes the old key from the JWKS.
 */
@ApplicationScoped
public class ToolKeys {
    private static final Logger LOG = Logger.getLogger(ToolKeys.class);

    /** A first start has no key: make one and sign with it, so that a new installation works at once. */
    @Transactional
    void ensureActiveKey(@Observes StartupEvent event) {
        if (ToolKey.count("status", ToolKeyStatus.ACTIVE) == 0) {
            ToolKey key = ToolKey.generate();
            key.status = ToolKeyStatus.ACTIVE;
            key.activatedAt = Instant.now();
            key.persist();
            LOG.infof("LTI: no signing key yet; created and activated %s", key.kid);
        }
    }

    /** The key that signs now: the most recently activated active key. Also used by the passback thread. */
    @Transactional
    public RSAKey signingKey() {
        ToolKey key = ToolKey.<ToolKey>find("status", Sort.descending("activatedAt"), ToolKeyStatus.ACTIVE)
                .firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("no active LTI signing key"));
        return key.signingJwk();
    }

    /** The public JWKS: active and published keys, never retired ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JWKSet publicKeySet() {
        List<ToolKey> keys = ToolKey.list(
                "status in ?1", Sort.by("createdAt"), List.of(ToolKeyStatus.ACTIVE, ToolKeyStatus.PUBLISHED));
        return new JWKSet(keys.stream().map(k -> (JWK) k.publicJwk()).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ToolKey> list() {
        return ToolKey.listAll(Sort.by("createdAt"));
    }

    @Transactional
    public ToolKey add() {
        ToolKey key = ToolKey.generate();
        key.persist();
        LOG.infof("LTI key rotation: published new key %s (not signing yet)", key.kid);
        return key;
    }

    @Transactional
    public ToolKey activate(String kid) {
        ToolKey key = get(kid);
        if (key.status == ToolKeyStatus.RETIRED) {
            throw new ToolKeyException(409, "key " + kid + " is retired; add a new key instead");
        }
        for (ToolKey other : ToolKey.<ToolKey>list("status = ?1 and kid <> ?2", ToolKeyStatus.ACTIVE, kid)) {
            other.status = ToolKeyStatus.PUBLISHED; // still in the JWKS: what it signed keeps verifying
        }
        key.status = ToolKeyStatus.ACTIVE;
        key.activatedAt = Instant.now();
        LOG.infof("LTI key rotation: %s signs from now on", kid);
        return key;
    }

    @Transactional
    public ToolKey retire(String kid) {
        ToolKey key = get(kid);
        if (key.status == ToolKeyStatus.ACTIVE) {
            throw new ToolKeyException(409, "key " + kid + " signs now; activate another key before retiring it");
        }
        key.status = ToolKeyStatus.RETIRED;
        key.retiredAt = Instant.now();
        LOG.infof("LTI key rotation: retired %s (no longer in the JWKS)", kid);
        return key;
    }

    private static ToolKey get(String kid) {
        ToolKey key = ToolKey.findById(kid);
        if (key == null) {
            throw new ToolKeyException(404, "no key with kid " + kid);
        }
        return key;
    }
}
