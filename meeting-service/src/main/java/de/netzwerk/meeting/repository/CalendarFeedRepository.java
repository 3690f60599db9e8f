package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.CalendarFeed;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending).and("id");

    public Optional<CalendarFeed> findBySecretDigest(String digest) {
        return find("secretDigest", digest).firstResultOptional();
    }

    public Optional<CalendarFeed> findInNetwork(String networkId, UUID feedId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", feedId))
                .firstResultOptional();
    }

    /** Every feed of the network, newest first. */
    public PanacheQuery<CalendarFeed> inNetwork(String networkId) {
        return find("networkId", NEWEST_FIRST, networkId);
    }

    /** The feeds of the partner in the network, newest first. */
    public PanacheQuery<CalendarFeed> ofPartner(String networkId, UUID partnerId) {
        return find("networkId = :network and partnerId = :partner", NEWEST_FIRST,
                Parameters.with("network", networkId).and("partner", partnerId));
    }

    /** The feeds an account without a partner id (a coordinator's) created in the network, newest first. */
    public PanacheQuery<CalendarFeed> ofAccount(String networkId, String subject) {
        return find("networkId = :network and partnerId is null and createdBy = :subject", NEWEST_FIRST,
                Parameters.with("network", networkId).and("subject", subject));
    }

    /** The partner's feeds in the network, of any scope. Returns how many there were. */
    public long deleteOfPartner(String networkId, UUID partnerId) {
        return delete("networkId = ?1 and partnerId = ?2", networkId, partnerId);
    }

    /** The partner's feeds of the group that they had because they belonged to it. */
    public long deleteOfMembership(String networkId, UUID groupId, UUID partnerId) {
        return delete("networkId = ?1 and groupId = ?2 and partnerId = ?3 and viaMembership = true",
                networkId, groupId, partnerId);
    }

    public List<CalendarFeed> ofPartner(UUID partnerId) {
        return list("partnerId", Sort.by("createdAt").and("id"), partnerId);
    }
}
