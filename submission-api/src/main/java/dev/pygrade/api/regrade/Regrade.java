package dev.pygrade.api.regrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A re-grading of one exercise's submissions: a preview until an admin confirms (or discards) it. */
@Entity
@Table(name = "regrade")
public class Regrade extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "exercise_id", nullable = false)
    public String exerciseId;

    @Column(name = "exercise_version")
    public String exerciseVersion;

    @Convert(converter = RegradeStatusConverter.class)
    @Column(nullable = false)
    public RegradeStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;
}
