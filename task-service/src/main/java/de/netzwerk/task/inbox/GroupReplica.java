package de.netzwerk.task.inbox;

import de.netzwerk.task.event.GroupCreated;
import de.netzwerk.task.event.Membership;
import de.netzwerk.task.repository.PartnerGroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

/**
 * Learns the groups of each network from partner-events, so that a task can name only a group of its own network:
 * from group-created, and from every membership event, which also names its group (groups created before
 * group-created existed are learnt this way, and the two arrive in any order: one is keyed by the group, the other
 * by the partner).
 */
@ApplicationScoped
public class GroupReplica {

    private final PartnerGroupRepository groups;
    private final KnownNetworks networks;

    GroupReplica(PartnerGroupRepository groups, KnownNetworks networks) {
        this.groups = groups;
        this.networks = networks;
    }

    void created(IncomingEvent event, GroupCreated created) {
        event.requireHeadersMatch(created.networkId(), created.groupId());
        networks.requireGroup(event, created.groupId());
        groups.remember(created.networkId(), created.groupId());
    }

    void membership(IncomingEvent event, Membership membership) {
        event.requireHeadersMatch(membership.networkId(), membership.partnerId());
        networks.requirePartner(event, membership.partnerId());
        networks.requireGroup(event, membership.groupId());
        groups.remember(membership.networkId(), membership.groupId());
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
            replica.created(event, payloads.read(event, GroupCreated.class));
        }
    }

    /**
     * The three membership events differ only in their type, as far as the groups are concerned. Its handlers are
     * singletons, not application-scoped: a client proxy would need a constructor this class does not have.
     */
    abstract static class MembershipHandler implements EventHandler {
        private final GroupReplica replica;
        private final EventPayloads payloads;

        MembershipHandler(GroupReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.membership(event, payloads.read(event, Membership.class));
        }
    }

    @Singleton
    static class MembershipStartedHandler extends MembershipHandler {
        MembershipStartedHandler(GroupReplica replica, EventPayloads payloads) {
            super(replica, payloads);
        }

        @Override
        public String type() {
            return Membership.STARTED;
        }
    }

    @Singleton
    static class MembershipChangedHandler extends MembershipHandler {
        MembershipChangedHandler(GroupReplica replica, EventPayloads payloads) {
            super(replica, payloads);
        }

        @Override
        public String type() {
            return Membership.CHANGED;
        }
    }

    @Singleton
    static class MembershipEndedHandler extends MembershipHandler {
        MembershipEndedHandler(GroupReplica replica, EventPayloads payloads) {
            super(replica, payloads);
        }

        @Override
        public String type() {
            return Membership.ENDED;
        }
    }
}
