package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.AttendanceFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceFactRepository implements PanacheRepositoryBase<AttendanceFact, UUID> {

    public Optional<AttendanceFact> find(UUID meetingId, UUID partnerId) {
        return find("meetingId = :meeting and partnerId = :partner",
                Parameters.with("meeting", meetingId).and("partner", partnerId)).firstResultOptional();
    }

    /** A partner's attendance in one group, the latest meeting first. */
    public List<AttendanceFact> inGroupLatestFirst(String networkId, UUID partnerId, UUID groupId) {
        return list("networkId = :network and partnerId = :partner and groupId = :group",
                Sort.descending("meetingStartsAt").and("meetingId"),
                Parameters.with("network", networkId).and("partner", partnerId).and("group", groupId));
    }
}
