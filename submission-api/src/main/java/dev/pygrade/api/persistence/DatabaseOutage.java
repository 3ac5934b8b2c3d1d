package dev.pygrade.api.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that is unreachable (down, restarting, refusing connections, pool exhausted) from every other
 * failure: the first is worth waiting out — a 503 to clients, a retry for consumers — the others are bugs.
 */
public final class DatabaseOutage {
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {}

    /**
     * Whether the failure, or anything that caused it, says the database could not be reached. Suppressed
     * exceptions count: when PostgreSQL stops during a commit, the transaction manager throws a RollbackException
     * whose only trace of the lost connection is a suppressed XAException.
     */
    public static boolean isCause(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (saysUnreachable(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private static boolean saysUnreachable(Throwable t) {
        if (t instanceof ConnectException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
            return true;
        }
        // Agroal's pool, when no connection can be made within the acquisition timeout.
        return t instanceof SQLException && String.valueOf(t.getMessage()).contains("acquisition timeout");
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down or starting up). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }
}
