package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Meeting;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** Which meetings to list: of one group if given, starting within [from, to) if given. */
    public record Filter(UUID groupId, OffsetDateTime from, OffsetDateTime to) {
    }

    public Optional<Meeting> findInNetwork(String networkId, UUID meetingId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", meetingId))
                .firstResultOptional();
    }

    public List<Meeting> upcomingWithInvitations(String networkId, UUID groupId, OffsetDateTime now) {
        return list("""
                from Meeting m where m.networkId = :network and m.groupId = :group and m.startsAt > :now
                and m.status = 'SCHEDULED' and exists (select 1 from Invitation i where i.meetingId = m.id)""",
                Parameters.with("network", networkId).and("group", groupId).and("now", now));
    }

    /** The meetings of the network starting at or after {@code from} that the partner is invited to, in date order. */
    public List<Meeting> invitingPartner(String networkId, UUID partnerId, OffsetDateTime from) {
        return list("""
                from Meeting m where m.networkId = :network and m.startsAt >= :from
                and exists (select 1 from Invitation i where i.meetingId = m.id and i.partnerId = :partner)
                order by m.startsAt, m.id""",
                Parameters.with("network", networkId).and("partner", partnerId).and("from", from));
    }

    /** The network's meetings matching the filter, in the order they take place. */
    public PanacheQuery<Meeting> inNetwork(String networkId, Filter filter) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (filter.groupId() != null) {
            conditions.add("groupId = :group");
            parameters.and("group", filter.groupId());
        }
        if (filter.from() != null) {
            conditions.add("startsAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("startsAt < :to");
            parameters.and("to", filter.to());
        }
        return find(String.join(" and ", conditions), Sort.by("startsAt").and("id"), parameters);
    }
}
