package dev.pygrade.api.lti.launch;

import dev.pygrade.api.lti.LtiClaims;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** An accepted launch: who came from which platform, course and link, and where their scores go. */
@Entity
@Table(name = "lti_launch")
public class LaunchRecord extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "registration_id", nullable = false)
    public long registrationId;

    @Column(name = "deployment_id", nullable = false)
    public String deploymentId;

    @Column(name = "message_type", nullable = false)
    public String messageType;

    /** The platform's user id: the AGS {@code userId}. */
    @Column(name = "sub", nullable = false)
    public String sub;

    /** The Pygrade principal's subject. */
    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "role", nullable = false)
    public String role;

    @Column(name = "context_id")
    public String contextId;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "resource_link")
    public String resourceLink;

    @Column(name = "exercise_id")
    public String exerciseId;

    @Column(name = "lineitem_url")
    public String lineitemUrl;

    @Column(name = "lineitems_url")
    public String lineitemsUrl;

    @Column(name = "ags_scopes")
    public String agsScopes;

    @Column(name = "return_url")
    public String returnUrl;

    @Column(name = "dl_data")
    public String deepLinkData;

    /** Deep linking: whether the platform takes more than one item (absent in the request counts as no). */
    @Column(name = "dl_accept_multiple")
    public Boolean acceptMultiple;

    /** Deep linking: the request's accept_lineitem; null when it did not say. */
    @Column(name = "dl_accept_lineitem")
    public Boolean acceptLineitem;

    @Column(name = "launched_at", nullable = false)
    public Instant launchedAt;

    @Column(name = "responded_at")
    public Instant respondedAt;

    public static boolean tokenSeen(String tokenHash) {
        return count("tokenHash", tokenHash) > 0;
    }

    /** True when scores can go back: the platform gave a line item and the score scope. */
    public boolean acceptsScores() {
        return lineitemUrl != null
                && agsScopes != null
                && Arrays.asList(agsScopes.split(" ")).contains(LtiClaims.SCOPE_SCORE);
    }
}
