package de.netzwerk.partner.event;

import de.netzwerk.partner.Cooperation;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cooperation became active. Ids, dates and the status code only: its purpose and the parties' contributions are
 * their own words and stay in partner-service. Key: the cooperation id.
 */
public record CooperationStarted(String networkId, UUID cooperationId, List<UUID> partnerIds, UUID goalId,
        LocalDate startsOn, LocalDate endsOn, UUID followsCooperationId, String status, long version)
        implements PublishedEvent {

    public static CooperationStarted of(Cooperation cooperation) {
        return new CooperationStarted(cooperation.networkId, cooperation.id, cooperation.partnerIds(), cooperation.goalId,
                cooperation.startsOn, cooperation.endsOn, cooperation.followsCooperationId, cooperation.status.name(),
                cooperation.version);
    }

    @Override
    public String eventType() {
        return "cooperation-started.v1";
    }

    @Override
    public String subject() {
        return cooperationId.toString();
    }
}
