package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Meeting;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public Optional<Meeting> findInNetwork(String networkId, UUID meetingId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", meetingId))
                .firstResultOptional();
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
