package de.netzwerk.partner.service;

import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.event.GroupCreated;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.GroupRepository;
import de.netzwerk.partner.service.command.CreateGroupCommand;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class GroupService {

    private final GroupRepository groups;
    private final NetworkService networks;
    private final Outbox outbox;
    private final Clock clock;

    GroupService(GroupRepository groups, NetworkService networks, Outbox outbox, Clock clock) {
        this.groups = groups;
        this.networks = networks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Creates a group and publishes group-created, so that other services know the group is of this network. */
    public PartnerGroup create(String networkId, CreateGroupCommand request) {
        networks.get(networkId);
        if (request.kind() == GroupKind.STEERING && groups.hasSteeringGroup(networkId)) {
            throw new ConflictException(Text.of("group.steering-exists"));
        }
        PartnerGroup group = new PartnerGroup();
        group.id = UUID.randomUUID();
        group.networkId = networkId;
        group.kind = request.kind();
        group.name = request.name().strip();
        group.theme = request.theme();
        group.createdAt = OffsetDateTime.now(clock);
        groups.persist(group);
        outbox.add(GroupCreated.of(group));
        return group;
    }

    public PartnerGroup get(String networkId, UUID groupId) {
        return groups.findInNetwork(networkId, groupId).orElseThrow(() -> new ResourceNotFoundException("group", groupId));
    }

    public GroupPage list(String networkId, Page page) {
        PanacheQuery<PartnerGroup> query = groups.inNetwork(networkId).page(page);
        return new GroupPage(query.list(), query.count());
    }

    public record GroupPage(List<PartnerGroup> groups, long total) {
    }
}
