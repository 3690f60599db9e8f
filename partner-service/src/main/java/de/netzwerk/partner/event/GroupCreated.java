package de.netzwerk.partner.event;

import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A group was created: meeting- and task-service learn which groups exist in a network, so that a meeting or a
 * task can name only a group of its own network. Ids and codes only, no name or theme. Key: the group id.
 */
public record GroupCreated(String networkId, UUID groupId, GroupKind groupKind, OffsetDateTime createdAt)
        implements PublishedEvent {

    public static GroupCreated of(PartnerGroup group) {
        return new GroupCreated(group.networkId, group.id, group.kind, group.createdAt);
    }

    @Override
    public String eventType() {
        return "group-created.v1";
    }

    @Override
    public String subject() {
        return groupId.toString();
    }
}
