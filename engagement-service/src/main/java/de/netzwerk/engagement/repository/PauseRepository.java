package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.PauseReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The partners' pauses (table pause): periods in which nothing counts against them. */
@ApplicationScoped
public class PauseRepository {

    private final EntityManager entityManager;

    PauseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A pause as recorded: its reason from the closed list, and the coordinator's note, free text that stays with
     * coordinators and the partner (integrations never read it).
     */
    public record Recorded(LocalDate startsOn, LocalDate until, PauseReason reason, String note,
            OffsetDateTime createdAt) {
    }

    public void insert(String network, UUID partner, Recorded pause, String actor) {
        entityManager.createNativeQuery("""
                        insert into pause (id, network_id, partner_id, starts_on, until, reason, note, created_at, created_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, network).setParameter(3, partner)
                .setParameter(4, pause.startsOn()).setParameter(5, pause.until()).setParameter(6, pause.reason().name())
                .setParameter(7, pause.note()).setParameter(8, pause.createdAt()).setParameter(9, actor)
                .executeUpdate();
    }

    /** The partner's pauses end the day before: those starting on it or later go, one running then is cut short. */
    public void endFrom(String network, UUID partner, LocalDate day) {
        entityManager.createNativeQuery("delete from pause where network_id = ?1 and partner_id = ?2 and starts_on >= ?3")
                .setParameter(1, network).setParameter(2, partner).setParameter(3, day).executeUpdate();
        entityManager.createNativeQuery("""
                        update pause set until = ?3 where network_id = ?1 and partner_id = ?2 and until >= ?4""")
                .setParameter(1, network).setParameter(2, partner).setParameter(3, day.minusDays(1)).setParameter(4, day)
                .executeUpdate();
    }

    /** Every pause of the partner, past ones too, earliest first. */
    public List<Recorded> of(String network, UUID partner) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select starts_on, until, reason, note, created_at from pause
                    where network_id = ? and partner_id = ? order by starts_on, created_at""")) {
                query.setString(1, network);
                query.setObject(2, partner);
                List<Recorded> pauses = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        pauses.add(new Recorded(rows.getObject(1, LocalDate.class), rows.getObject(2, LocalDate.class),
                                PauseReason.valueOf(rows.getString(3)), rows.getString(4),
                                rows.getObject(5, OffsetDateTime.class)));
                    }
                }
                return pauses;
            }
        });
    }

    /** What was written reaches the database before the partner is queued for a new assessment. */
    public void flush() {
        entityManager.flush();
    }
}
