package dev.pygrade.api.admin;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which dead letters were re-driven, when and by whom. */
@ApplicationScoped
public class DeadLetterRedrives {

    @Transactional
    public Optional<Instant> when(String topic, int partition, long offset) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select redriven_at from dead_letter_redrive"
                        + " where topic = :t and kafka_partition = :p and kafka_offset = :o")
                .setParameter("t", topic)
                .setParameter("p", partition)
                .setParameter("o", offset)
                .getResultList();
        return rows.stream().findFirst().map(DeadLetterRedrives::instant);
    }

    /** Every redrive of {@code topic}, by "partition/offset". */
    @Transactional
    public Map<String, Instant> of(String topic) {
        Map<String, Instant> redrives = new HashMap<>();
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select kafka_partition, kafka_offset, redriven_at from dead_letter_redrive"
                        + " where topic = :t")
                .setParameter("t", topic)
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            redrives.put(cells[0] + "/" + cells[1], instant(cells[2]));
        }
        return redrives;
    }

    @Transactional
    public void record(String topic, int partition, long offset, String by) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("delete from dead_letter_redrive where topic = :t and kafka_partition = :p"
                        + " and kafka_offset = :o")
                .setParameter("t", topic)
                .setParameter("p", partition)
                .setParameter("o", offset)
                .executeUpdate();
        em.createNativeQuery("insert into dead_letter_redrive (topic, kafka_partition, kafka_offset, redriven_at,"
                        + " redriven_by) values (:t, :p, :o, :at, :by)")
                .setParameter("t", topic)
                .setParameter("p", partition)
                .setParameter("o", offset)
                .setParameter("at", Instant.now())
                .setParameter("by", by)
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
