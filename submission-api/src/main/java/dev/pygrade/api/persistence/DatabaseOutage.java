package dev.pygrade.api.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that is unreachable (down, restarting, refusing connections, pool exhausted) from every other
 * failure: the first is worth waiting out — a 503 to clients, a retry for consumers — the others are bugs.
 */
public final class DatabaseOutage {
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {}

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            // Agroal's pool, when no connection can be made within the acquisition timeout.
            if (t instanceof SQLException && message.contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down or starting up). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }
}
