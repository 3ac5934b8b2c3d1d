package dev.pygrade.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    @Test
    void connectionFailuresAnywhereInTheCauseChainAreOutages() {
        assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLException("gone", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("refused"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Sorry, acquisition timeout!")))
                .isTrue();
    }

    @Test
    void aCommitLostToAStoppingServerIsAnOutage() {
        // What Narayana throws when PostgreSQL stops during a commit: the PSQLException (57P01) hangs off a
        // suppressed XAException, not off the cause chain.
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertThat(DatabaseOutage.isCause(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax", "42601"))).isFalse();
        RuntimeException suppressedBug = new RuntimeException("bug");
        suppressedBug.addSuppressed(new IllegalStateException("another bug"));
        assertThat(DatabaseOutage.isCause(suppressedBug)).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
