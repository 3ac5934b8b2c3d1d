package dev.pygrade.api.lti.ags;

import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.launch.LaunchRecord;
import dev.pygrade.api.lti.registration.Registration;
import dev.pygrade.api.relay.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The passback outbox's transactions, each short: claiming due rows (a lease, so that no other instance sends them
 * meanwhile and no transaction stays open during HTTP calls), and recording what a send did.
 */
@ApplicationScoped
public class PassbackStore {
    /** One due score with everything needed to send it outside a transaction. */
    public record Due(PassbackRecord score, LaunchRecord launch, Registration registration) {}

    private final EntityManager entities;
    private final LtiConfig config;

    public PassbackStore(EntityManager entities, LtiConfig config) {
        this.entities = entities;
        this.config = config;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Due> claimDue(int limit) {
        Instant now = Instant.now();
        List<Long> ids = entities
                .createNativeQuery(
                        "select id from lti_passback where status = :pending"
                                + " and next_attempt_at <= :now order by next_attempt_at, id limit :limit for update skip locked")
                .setParameter("pending", PassbackStatus.PENDING.wire()) // native SQL: no converter
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        Instant lease = now.plus(config.httpTimeout().multipliedBy(3)).plusSeconds(30);
        return ids.stream()
                .map(id -> {
                    PassbackRecord score = PassbackRecord.findById(id);
                    score.nextAttemptAt = lease; // a crash mid-send makes it due again after the lease
                    LaunchRecord launch = LaunchRecord.findById(score.launchId);
                    return new Due(score, launch, Registration.findById(launch.registrationId));
                })
                .toList();
    }

    @Transactional
    public void sent(long id) {
        PassbackRecord score = PassbackRecord.findById(id);
        score.attempts++;
        score.status = PassbackStatus.SENT;
        score.sentAt = Instant.now();
        score.lastError = null;
    }

    /** Counts the failed try; schedules the next with exponential backoff, or gives up after max-attempts. */
    @Transactional
    public PassbackRecord failed(long id, String error) {
        PassbackRecord score = PassbackRecord.findById(id);
        score.attempts++;
        score.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (score.attempts >= config.passback().maxAttempts()) {
            score.status = PassbackStatus.FAILED;
        } else {
            score.nextAttemptAt = Instant.now().plus(backoff(score.attempts));
        }
        return score;
    }

    Duration backoff(int attempts) {
        return new Backoff(config.passback().initialBackoff(), config.passback().maxBackoff()).after(attempts);
    }

    @Transactional
    public PassbackRecord retry(long id) {
        PassbackRecord score = PassbackRecord.findById(id);
        if (score != null && score.status != PassbackStatus.SENT) {
            score.status = PassbackStatus.PENDING;
            score.attempts = 0;
            score.nextAttemptAt = Instant.now();
        }
        return score;
    }

    @Transactional
    public List<PassbackRecord> list() {
        return PassbackRecord.find("order by id desc").page(0, 200).list();
    }

    @Transactional
    public List<PassbackRecord> list(PassbackStatus status) {
        return PassbackRecord.find("status = ?1 order by id desc", status)
                .page(0, 200)
                .list();
    }
}
