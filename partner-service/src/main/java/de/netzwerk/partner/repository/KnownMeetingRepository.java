package de.netzwerk.partner.repository;

import de.netzwerk.partner.KnownMeeting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class KnownMeetingRepository implements PanacheRepositoryBase<KnownMeeting, UUID> {

    public boolean existsInNetwork(String networkId, UUID meetingId) {
        return count("networkId = ?1 and meetingId = ?2", networkId, meetingId) > 0;
    }
}
