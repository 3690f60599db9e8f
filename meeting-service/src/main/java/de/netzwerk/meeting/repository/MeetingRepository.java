package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Meeting;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public Optional<Meeting> findInNetwork(String networkId, UUID meetingId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", meetingId))
                .firstResultOptional();
    }

    public List<Meeting> upcomingWithInvitations(String networkId, UUID groupId, OffsetDateTime now) {
        return list("""
                from Meeting m where m.networkId = :network and m.groupId = :group and m.startsAt > :now
                and exists (select 1 from Invitation i where i.meetingId = m.id)""",
                Parameters.with("network", networkId).and("group", groupId).and("now", now));
    }

    /** The network's meetings, of one group if given, in the order they take place. */
    public PanacheQuery<Meeting> inNetwork(String networkId, UUID groupId) {
        Sort order = Sort.by("startsAt").and("id");
        if (groupId == null) {
            return find("networkId = ?1", order, networkId);
        }
        return find("networkId = ?1 and groupId = ?2", order, networkId, groupId);
    }
}
