package de.netzwerk.engagement.repository.facts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What a replay forgets before it reads the topics again. */
@ApplicationScoped
public class FactReset {

    private final AgroalDataSource dataSource;

    FactReset(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Forgets every fact and every event id. Pauses and policies stay, and so does which network each partner, group,
     * meeting, task and goal belongs to: the replay refuses the same events as live processing did, whatever order
     * it reads the topics in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetFactsAndEvents() throws SQLException {
        truncate("""
                truncate processed_event, attendance, membership, partner_departure, meeting, invitation, rsvp,
                    minutes_reading, task, task_overdue_notice, key_actor, exchange_activity""");
    }

    /**
     * Forgets which events were applied, and keeps the facts: a replay over stored facts (topics that dropped expired
     * events) applies the retained events again on top of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetAppliedEvents() throws SQLException {
        truncate("truncate processed_event");
    }

    private void truncate(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement truncate = connection.prepareStatement(sql)) {
            truncate.execute();
        }
    }
}
