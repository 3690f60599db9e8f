package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.event.Subject;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which network each partner, group, meeting, task and goal belongs to (known_subject), learnt from the first event
 * that named it. Read and written once per batch of events, however many they name.
 */
@ApplicationScoped
public class SubjectStore {

    private final AgroalDataSource dataSource;

    SubjectStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The networks known for those of the subjects known at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Subject, String> networksOf(Collection<Subject> subjects) {
        Map<Subject, String> found = new HashMap<>();
        if (subjects.isEmpty()) {
            return found;
        }
        List<Subject> named = List.copyOf(new HashSet<>(subjects));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select s.kind, s.subject_id, s.network_id
                     from known_subject s join unnest(?::varchar[], ?::uuid[]) as named(kind, subject_id)
                         using (kind, subject_id)""")) {
            query.setArray(1, connection.createArrayOf("varchar", named.stream().map(s -> s.kind().name()).toArray()));
            query.setArray(2, connection.createArrayOf("uuid", named.stream().map(Subject::id).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(new Subject(Subject.Kind.valueOf(rows.getString(1)), rows.getObject(2, UUID.class)),
                            rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the networks of partners, groups, meetings and tasks", e);
        }
        return found;
    }

    /**
     * Records the networks of subjects named for the first time, in the caller's transaction. Another batch may have
     * recorded one of them meanwhile: for the same network that changes nothing; for another, this batch fails and
     * is tried again, and then it sees which network the subject belongs to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Map<Subject, String> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        List<Subject> subjects = new ArrayList<>(claimed.keySet());
        Set<Subject> inserted = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into known_subject (kind, subject_id, network_id)
                     select * from unnest(?::varchar[], ?::uuid[], ?::varchar[]) order by 1, 2
                     on conflict (kind, subject_id) do nothing returning kind, subject_id""")) {
            insert.setArray(1, connection.createArrayOf("varchar", subjects.stream().map(s -> s.kind().name()).toArray()));
            insert.setArray(2, connection.createArrayOf("uuid", subjects.stream().map(Subject::id).toArray()));
            insert.setArray(3, connection.createArrayOf("varchar", subjects.stream().map(claimed::get).toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(new Subject(Subject.Kind.valueOf(rows.getString(1)), rows.getObject(2, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the networks of partners, groups, meetings and tasks", e);
        }
        if (inserted.size() == subjects.size()) {
            return;
        }
        List<Subject> recordedMeanwhile = subjects.stream().filter(subject -> !inserted.contains(subject)).toList();
        networksOf(recordedMeanwhile).forEach((subject, network) -> {
            if (!network.equals(claimed.get(subject))) {
                throw new IllegalStateException("%s was recorded for network '%s' by another batch meanwhile"
                        .formatted(subject, network));
            }
        });
    }

    /** Whether the subject is known to belong to the network: what a request may name in its path. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean belongsTo(String network, Subject subject) {
        return network.equals(networksOf(List.of(subject)).get(subject));
    }
}
