package de.netzwerk.engagement.service;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.PauseReason;
import de.netzwerk.engagement.event.Subject;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.repository.SubjectStore;
import de.netzwerk.engagement.rest.dto.PauseRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pauses (parental leave, illness, sabbatical). A new pause replaces what remains of an earlier one from its
 * first day on; past pauses stay, since the meetings missed in them must never count against the partner. Only a
 * partner known to the network from its events can be paused: any other partner id is not found.
 */
@ApplicationScoped
@Transactional
public class PauseService {

    private final EntityManager entityManager;
    private final EngagementStore store;
    private final SubjectStore subjects;
    private final AssessmentService assessments;
    private final Clock clock;

    PauseService(EntityManager entityManager, EngagementStore store, SubjectStore subjects, AssessmentService assessments,
            Clock clock) {
        this.entityManager = entityManager;
        this.store = store;
        this.subjects = subjects;
        this.assessments = assessments;
        this.clock = clock;
    }

    public PauseRequest pause(String network, UUID partner, PauseRequest request, String actor) {
        requireKnown(network, partner);
        LocalDate today = assessments.today(network);
        LocalDate startsOn = request.startsOn() != null ? request.startsOn() : today;
        if (request.until().isBefore(startsOn)) {
            throw new InvalidRequestException("until", Text.of("must-not-be-before", "startsOn (" + startsOn + ")"));
        }
        if (request.until().isAfter(today.plusYears(3))) {
            throw new InvalidRequestException("until", Text.of("within-three-years"));
        }
        endFrom(network, partner, startsOn);
        entityManager.createNativeQuery("""
                        insert into pause (id, network_id, partner_id, starts_on, until, reason, note, created_at, created_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, network).setParameter(3, partner)
                .setParameter(4, startsOn).setParameter(5, request.until()).setParameter(6, request.reason().name())
                .setParameter(7, request.note()).setParameter(8, OffsetDateTime.now(clock)).setParameter(9, actor)
                .executeUpdate();
        reassess(network, partner);
        return new PauseRequest(startsOn, request.until(), request.reason(), request.note());
    }

    /**
     * A pause as recorded: its reason from the closed list, and the coordinator's note, free text that stays with
     * coordinators and the partner (integrations never read it).
     */
    public record Recorded(LocalDate startsOn, LocalDate until, PauseReason reason, String note,
            OffsetDateTime createdAt) {
    }

    /** Every pause of the partner, past ones too, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
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

    /** Ends the partner's pause: from today on, everything counts again. */
    public void end(String network, UUID partner) {
        requireKnown(network, partner);
        endFrom(network, partner, assessments.today(network));
        reassess(network, partner);
    }

    private void requireKnown(String network, UUID partner) {
        if (!subjects.belongsTo(network, Subject.partner(partner))) {
            throw new ResourceNotFoundException("partner", partner);
        }
    }

    private void endFrom(String network, UUID partner, LocalDate day) {
        entityManager.createNativeQuery("delete from pause where network_id = ?1 and partner_id = ?2 and starts_on >= ?3")
                .setParameter(1, network).setParameter(2, partner).setParameter(3, day).executeUpdate();
        entityManager.createNativeQuery("""
                        update pause set until = ?3 where network_id = ?1 and partner_id = ?2 and until >= ?4""")
                .setParameter(1, network).setParameter(2, partner).setParameter(3, day.minusDays(1)).setParameter(4, day)
                .executeUpdate();
    }

    private void reassess(String network, UUID partner) {
        entityManager.flush();
        store.queue(List.of(new PartnerKey(network, partner)));
    }
}
