package de.netzwerk.partner.event;

import de.netzwerk.partner.Cooperation;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cooperation ended, as agreed (ENDED) or early (ENDED_EARLY, with the reason's code). No purpose, contribution or
 * note: those are free text. Key: the cooperation id.
 */
public record CooperationEnded(String networkId, UUID cooperationId, List<UUID> partnerIds, UUID goalId,
        LocalDate startsOn, LocalDate endsOn, LocalDate endedOn, String status, String endReason, long version)
        implements PublishedEvent {

    public static CooperationEnded of(Cooperation cooperation) {
        return new CooperationEnded(cooperation.networkId, cooperation.id, cooperation.partnerIds(), cooperation.goalId,
                cooperation.startsOn, cooperation.endsOn, cooperation.endedOn, cooperation.status.name(),
                cooperation.endReason == null ? null : cooperation.endReason.name(), cooperation.version);
    }

    @Override
    public String eventType() {
        return "cooperation-ended.v1";
    }

    @Override
    public String subject() {
        return cooperationId.toString();
    }
}
