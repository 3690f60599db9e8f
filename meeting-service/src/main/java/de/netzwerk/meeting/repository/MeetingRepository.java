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

    /**
     * Which meetings to list: of one group if given, starting within [from, to) if given, changed at or after
     * {@code updatedSince} if given.
     */
    public record Filter(UUID groupId, OffsetDateTime from, OffsetDateTime to, OffsetDateTime updatedSince) {

        public Filter(UUID groupId, OffsetDateTime from, OffsetDateTime to) {
            this(groupId, from, to, null);
        }
    }

    public Optional<Meeting> findInNetwork(String networkId, UUID meetingId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", meetingId))
                .firstResultOptional();
    }

    /**
     * Locks the meeting's row until the transaction ends and reads the version of its attendance, so that writers of
     * one meeting's attendance take turns and each compares the version it was sent with the one it then changes.
     */
    public long lockAttendanceVersion(UUID meetingId) {
        return ((Number) getEntityManager()
                .createNativeQuery("select attendance_version from meeting where id = :id for update")
                .setParameter("id", meetingId).getSingleResult()).longValue();
    }

    /**
     * Holds the meeting's row until the transaction ends, so that two first publications of its minutes take turns:
     * the second then finds the first and is a correction (which needs If-Match), not a second insert.
     */
    public void lockRow(UUID meetingId) {
        getEntityManager().createNativeQuery("select id from meeting where id = :id for update")
                .setParameter("id", meetingId).getResultList();
    }

    /** Raises the version of the meeting's attendance (its ETag) after a change of it; the meeting's own stays. */
    public void raiseAttendanceVersion(UUID meetingId) {
        getEntityManager().createNativeQuery("update meeting set attendance_version = attendance_version + 1 where id = :id")
                .setParameter("id", meetingId).executeUpdate();
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
        return inNetwork(networkId, filter, MeetingOrder.of(null));
    }

    /** The network's meetings matching the filter, in the given order. */
    public PanacheQuery<Meeting> inNetwork(String networkId, Filter filter, Sort order) {
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
        if (filter.updatedSince() != null) {
            conditions.add("updatedAt >= :updatedSince");
            parameters.and("updatedSince", filter.updatedSince());
        }
        return find(String.join(" and ", conditions), order, parameters);
    }
}
