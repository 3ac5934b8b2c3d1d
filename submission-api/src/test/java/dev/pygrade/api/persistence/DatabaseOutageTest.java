package dev.pygrade.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
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
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax", "42601"))).isFalse();
    }
}
