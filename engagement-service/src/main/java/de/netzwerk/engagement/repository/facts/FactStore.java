package de.netzwerk.engagement.repository.facts;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.event.ExchangeEvent;
import de.netzwerk.engagement.event.GoalActorNeedsChanged;
import de.netzwerk.engagement.event.InvitationsSent;
import de.netzwerk.engagement.event.MeetingCancelled;
import de.netzwerk.engagement.event.MembershipEnded;
import de.netzwerk.engagement.event.MembershipStarted;
import de.netzwerk.engagement.event.MinutesAcknowledged;
import de.netzwerk.engagement.event.MinutesPublished;
import de.netzwerk.engagement.event.NetworkSettingsEvent;
import de.netzwerk.engagement.event.PartnerErased;
import de.netzwerk.engagement.event.PartnerLeft;
import de.netzwerk.engagement.event.PartnerRegistered;
import de.netzwerk.engagement.event.PersonalDataExportRequested;
import de.netzwerk.engagement.event.RsvpReceived;
import de.netzwerk.engagement.event.TaskEvent;
import de.netzwerk.engagement.repository.NetworkSettingsStore;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Writes the facts of a batch of events with one JDBC batch per statement, each event through the projection of the
 * service it comes from ({@link MeetingFacts}, {@link PartnerFacts}, {@link TaskFacts}, {@link NetworkSettingsFacts}).
 * Every statement is written so that applying the same facts in another order gives the same rows. That is what
 * makes late, out-of-order history and a replay give the same scores as events that came in time. Every key holds
 * the network: a statement of one network's event can only ever meet that network's rows.
 */
@ApplicationScoped
public class FactStore {

    private final AgroalDataSource dataSource;
    private final NetworkSettingsStore networks;

    FactStore(AgroalDataSource dataSource, NetworkSettingsStore networks) {
        this.dataSource = dataSource;
        this.networks = networks;
    }

    /**
     * Applies the facts in the caller's transaction; returns the partners whose assessment may have changed. The day
     * of a fact that has only a time is the day in its network's time zone as stored before the batch: a new zone in
     * the same batch counts from the next one on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<PartnerKey> apply(Collection<ConsumedEvent> events) throws SQLException {
        Map<String, ZoneId> zones = networks.zonesOf(events.stream().map(ConsumedEvent::networkId).distinct().toList());
        try (Connection connection = dataSource.getConnection();
             StatementBatches statements = new StatementBatches(connection)) {
            FactBatch batch = new FactBatch(statements, zones);
            for (ConsumedEvent event : events) {
                project(event, batch);
            }
            statements.executeAll();
            return batch.touched();
        }
    }

    private static void project(ConsumedEvent event, FactBatch batch) throws SQLException {
        switch (event) {
            case AttendanceRecorded e -> MeetingFacts.attendance(e, batch);
            case InvitationsSent e -> MeetingFacts.invitations(e, batch);
            case RsvpReceived e -> MeetingFacts.answer(e, batch);
            case MeetingCancelled e -> MeetingFacts.cancellation(e, batch);
            case MinutesPublished e -> MeetingFacts.minutes(e, batch);
            case MinutesAcknowledged e -> MeetingFacts.minutesRead(e, batch);
            case MembershipStarted e -> PartnerFacts.joined(e, batch);
            case MembershipEnded e -> PartnerFacts.leftGroup(e, batch);
            case PartnerLeft e -> PartnerFacts.leftNetwork(e, batch);
            case ExchangeEvent e -> PartnerFacts.exchange(e, batch);
            // Known to the network from now on (see SubjectStore): assessed, so that they are listed, unscored.
            case PartnerRegistered e -> batch.touch(e.networkId(), e.partnerId());
            case NetworkSettingsEvent e -> NetworkSettingsFacts.settings(e, batch);
            case TaskEvent e -> TaskFacts.task(e, batch);
            case GoalActorNeedsChanged e -> TaskFacts.keyActors(e, batch);
            // No fact: the erasure deletes every row about the partner after the batch's facts (see BatchIngest).
            case PartnerErased e -> {
            }
            // No fact: the export is answered after the batch's facts and erasures (see BatchIngest).
            case PersonalDataExportRequested e -> {
            }
        }
    }
}
