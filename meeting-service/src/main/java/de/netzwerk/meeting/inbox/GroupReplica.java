package de.netzwerk.meeting.inbox;

import de.netzwerk.meeting.event.GroupCreated;
import de.netzwerk.meeting.repository.PartnerGroupRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Keeps meeting-service's replica of the groups of each network, learnt from group-created and from the
 * memberships of a group, whichever comes first. A group is of one network for good; an event that names it in
 * another is refused.
 */
@ApplicationScoped
public class GroupReplica {

    private final PartnerGroupRepository groups;

    GroupReplica(PartnerGroupRepository groups) {
        this.groups = groups;
    }

    void create(IncomingEvent event, GroupCreated created) {
        event.requireHeadersMatch(created.networkId(), created.groupId());
        record(event, created.groupId());
    }

    /** Records the group as of the event's network; refuses an event that names a group of one network in another. */
    void record(IncomingEvent event, UUID groupId) {
        String knownNetwork = groups.recordIfNew(groupId, event.networkId());
        if (!knownNetwork.equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork("group", groupId, knownNetwork, event);
        }
    }

    @ApplicationScoped
    static class CreatedHandler implements EventHandler {
        private final GroupReplica replica;
        private final EventPayloads payloads;

        CreatedHandler(GroupReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return GroupCreated.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.create(event, payloads.read(event, GroupCreated.class));
        }
    }
}
