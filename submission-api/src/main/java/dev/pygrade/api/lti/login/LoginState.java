package dev.pygrade.api.lti.login;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The state and nonce of one login we started, kept server-side until the launch consumes them. */
@Entity
@Table(name = "lti_login_state")
public class LoginState extends PanacheEntityBase {
    @Id
    public String state;

    @Column(name = "nonce", nullable = false)
    public String nonce;

    @Column(name = "registration_id", nullable = false)
    public long registrationId;

    @Column(name = "target_link_uri", nullable = false)
    public String targetLinkUri;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /**
     * Marks the state used and returns it, if it exists, is unused and unexpired. One conditional update, so two
     * concurrent launches with the same state cannot both get it.
     */
    public static Optional<LoginState> consume(String state, Instant now) {
        int updated = update("usedAt = ?1 where state = ?2 and usedAt is null and expiresAt > ?1", now, state);
        if (updated != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(findById(state));
    }

    /** Old states are useless: delete what expired more than a day ago. */
    public static long purge(Instant now) {
        return delete("expiresAt < ?1", now.minusSeconds(86_400));
    }
}
