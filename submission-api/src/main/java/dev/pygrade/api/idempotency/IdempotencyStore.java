package dev.pygrade.api.idempotency;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers the first answer to each (caller, Idempotency-Key). The record is written in the transaction that
 * stores the submission, so a key exists exactly when its submission does; the primary key makes a concurrent
 * duplicate fail instead of creating a second submission.
 */
@ApplicationScoped
public class IdempotencyStore {
    private final IdempotencyConfig config;

    public IdempotencyStore(IdempotencyConfig config) {
        this.config = config;
    }

    /**
     * The submission a previous request with this key created, if any and still remembered. A previous request
     * with another body is refused with 422: the key was reused for something else.
     */
    @Transactional
    public Optional<UUID> previous(String scope, String key, String requestHash) {
        IdempotencyRecord record = IdempotencyRecord.findById(new IdempotencyRecord.Key(scope, key));
        if (record == null) {
            return Optional.empty();
        }
        if (record.createdAt.isBefore(Instant.now().minus(config.retention()))) {
            record.delete();
            IdempotencyRecord.getEntityManager().flush();
            return Optional.empty();
        }
        if (!record.requestHash.equals(requestHash)) {
            throw new KeyReusedException(key);
        }
        return Optional.of(record.submissionId);
    }

    /** Stores the key with the submission, in the caller's transaction; flushed now so a duplicate fails here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String requestHash, UUID submissionId) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = scope;
        record.idemKey = key;
        record.requestHash = requestHash;
        record.submissionId = submissionId;
        record.createdAt = Instant.now();
        record.persistAndFlush();
    }

    /** Deletes keys older than the retention period; returns how many. */
    @Transactional
    public long deleteExpired() {
        return IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(config.retention()));
    }

    /** True when {@code failure} is a unique-key violation (SQLSTATE 23505 on PostgreSQL and H2). */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The same key with a different request body: 422. */
    static class KeyReusedException extends ProblemException {
        KeyReusedException(String key) {
            super(
                    422,
                    "idempotency-key-reused",
                    "The Idempotency-Key was used for another request",
                    "Idempotency-Key '" + key + "' was already used with a different request body; use a new key"
                            + " for a new submission",
                    List.of(new FieldError(IdempotencyKey.HEADER, "already used with a different request body")));
        }
    }
}
