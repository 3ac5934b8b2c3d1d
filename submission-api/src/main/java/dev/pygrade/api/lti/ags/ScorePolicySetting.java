package dev.pygrade.api.lti.ags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A score policy set for one exercise or one course. */
@Entity
@Table(name = "lti_score_policy")
@IdClass(ScorePolicySetting.Key.class)
public class ScorePolicySetting extends PanacheEntityBase {
    public static final String EXERCISE = "exercise";
    public static final String COURSE = "course";

    @Id
    @Column(name = "scope")
    public String scope;

    @Id
    @Column(name = "scope_id")
    public String scopeId;

    @Column(name = "policy", nullable = false)
    public String policy;

    public static ScorePolicySetting find(String scope, String scopeId) {
        return scopeId == null ? null : findById(new Key(scope, scopeId));
    }

    /** The primary key: scope and scope id. */
    public static class Key implements Serializable {
        public String scope;
        public String scopeId;

        public Key() {}

        public Key(String scope, String scopeId) {
            this.scope = scope;
            this.scopeId = scopeId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(scope, key.scope) && Objects.equals(scopeId, key.scopeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, scopeId);
        }
    }
}
